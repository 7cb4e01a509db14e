import os
D = "/tmp/tpio_%d_%s" % (os.getpid(), __file__.rsplit("/", 1)[-1][:-3])
def P(name):
    return os.path.join(D, name)
def cleanup():
    for root, dirs, files in list(os.walk(D, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(D)
if os.path.exists(D):
    cleanup()
os.mkdir(D)
import io
class Numbers(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
r = Numbers(b"one\ntwo\nthree")
print(isinstance(r, io.IOBase), isinstance(r, io.RawIOBase), r.readable(), r.writable(), r.seekable())
print(r.read(2), r.readline(), r.read(), r.read())
r = Numbers(b"a\nbb\nccc\n")
print(list(r))
r = Numbers(b"a\nbb\nccc\n")
print(r.readlines(), r.closed)
with Numbers(b"x") as r2:
    print(r2.readall())
print(r2.closed)
b = io.BufferedReader(Numbers(b"buffered\ndata\n"))
print(b.readline(), b.read())
t = io.TextIOWrapper(io.BufferedReader(Numbers("héllo\nwörld\n".encode())), encoding="utf-8")
print(t.readlines())
class Shout(io.TextIOBase):
    def __init__(self):
        self.out = []
    def writable(self):
        return True
    def write(self, s):
        self.out.append(s.upper())
        return len(s)
s = Shout()
print("hello", "there", file=s)
s.writelines(["a", "b"])
print(s.out, isinstance(s, io.TextIOBase), isinstance(s, io.BufferedIOBase))
try:
    s.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    s.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
s.close()
print(s.closed)
try:
    s.writelines(["x"])
except ValueError as e:
    print("ValueError:", e)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.BytesIO, io.RawIOBase))
cleanup()
