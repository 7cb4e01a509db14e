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
open(P("u.txt"), "w").close()
def t(fn):
    try:
        fn()
        print("no error")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), e)
with open(P("u.txt")) as f:
    t(lambda: f.write("x"))
    print(f.readable(), f.writable(), f.seekable())
with open(P("u.txt"), "w") as f:
    t(f.read)
    t(f.readline)
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(1, 2))
with open(P("u.txt"), "rb") as f:
    t(lambda: f.write(b"x"))
with open(P("u.txt"), "wb") as f:
    t(f.read)
try:
    open(P("u.txt")).write("no")
except ValueError as e:
    print("caught as ValueError:", e)
try:
    open(P("u.txt")).write("no")
except OSError as e:
    print("caught as OSError:", e)
print(io.UnsupportedOperation.__mro__)
f = open(P("u.txt"), "w")
cleanup()
f.read()
