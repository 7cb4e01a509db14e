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
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()))
s = io.StringIO("a\nb\nc")
print(list(s), s.tell())
s.seek(0)
print(s.readlines())
s.seek(2)
print(s.write("X"), repr(s.getvalue()))
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(1))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO()
print(s.newlines, s.encoding, s.errors)
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
s = io.StringIO("x\ny\n")
print(next(s), next(s), end="")
try:
    next(s)
except StopIteration:
    print("stop")
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.RawIOBase))
print(io.StringIO(None).getvalue() == "", io.StringIO("abc").read(None))
s = io.StringIO("abcdef")
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
print(repr(s.read(-1)), s.readline(0) == "")
print(type(s).__name__, type(s).__module__)
cleanup()
