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
b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.tell())
print(b.getvalue(), b.read())
b.seek(0)
print(b.read(5), b.readline(), b.readline(), b.read1(3))
b = io.BytesIO(b"a\nb\nc")
print(list(b), b.tell())
b.seek(0)
print(b.readlines())
b.seek(2)
print(b.write(b"X"), b.getvalue())
b.seek(8)
b.write(b"Z")
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
print(b.seek(0, 2), b.seek(-1, 2), b.seek(1, 1), b.seek(-10, 1))
buf = bytearray(2)
b.seek(0)
print(b.readinto(buf), buf)
print(b.readable(), b.writable(), b.seekable(), b.closed)
print(bytes(b.getbuffer()))
with io.BytesIO(b"ctx") as b:
    print(b.read())
print(b.closed)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
b = io.BytesIO(b"xyz")
print(b.read(-1), b.read(), b.read(10))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b.write("str"))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 7))
t(lambda: b.truncate(-1))
t(lambda: io.StringIO().write(b"x"))
t(lambda: io.StringIO(b"x"))
t(lambda: io.StringIO(newline="bad"))
t(lambda: io.StringIO().seek(-2))
t(lambda: io.StringIO().seek(1, 1))
t(lambda: io.StringIO().seek(1, 2))
t(lambda: io.StringIO().seek(0, 9))
t(lambda: io.StringIO().truncate(-1))
t(lambda: io.BytesIO(5))
cleanup()
