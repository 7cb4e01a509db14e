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
with open(P("raw.bin"), "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.write(b"abcdef"))
    print(f.tell(), f.seekable(), f.readable(), f.writable())
with open(P("raw.bin"), "rb", buffering=0) as f:
    print(f.read(2), f.read(), f.read(), f.readall())
    f.seek(1)
    print(f.readline(), f.tell())
    b = bytearray(3)
    f.seek(0)
    print(f.readinto(b), b)
f = open(P("raw.bin"), "r+b", buffering=0)
print(f.mode, f.truncate(3), f.seek(0, 2))
f.close()
print(f.closed, repr(f))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
import io
g = io.FileIO(P("raw.bin"))
print(g.read(), g.mode, g.name == P("raw.bin"))
g.close()
g = io.FileIO(P("raw2.bin"), "w")
print(g.write(b"x"), g.mode)
g.close()
cleanup()
