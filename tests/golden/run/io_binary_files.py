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
data = bytes(range(256))
with open(P("b.bin"), "wb") as f:
    print(type(f).__name__, f.write(data), f.write(b"xyz"), f.write(bytearray(b"12")))
    print(f.tell())
with open(P("b.bin"), "rb") as f:
    print(type(f).__name__, f.mode)
    got = f.read()
    print(len(got), got[:5], got[-5:], got[:256] == data)
with open(P("b.bin"), "rb") as f:
    print(f.read(3), f.tell(), f.read1(2), f.peek(1)[:1], f.tell())
    print(f.seek(250), f.read(6), f.seek(-3, 2), f.read(), f.seek(0, 1))
    f.seek(0)
    buf = bytearray(4)
    print(f.readinto(buf), buf)
with open(P("lines.bin"), "wb") as f:
    f.writelines([b"one\n", b"two\r\n", b"three"])
with open(P("lines.bin"), "rb") as f:
    print(f.readline(), f.readline(2), f.readline(), f.readline(), f.readline())
with open(P("lines.bin"), "rb") as f:
    print(list(f))
with open(P("lines.bin"), "rb") as f:
    print(f.readlines())
with open(P("lines.bin"), "r+b") as f:
    print(type(f).__name__, f.read(3))
    f.write(b"!")
    f.seek(0)
    print(f.read())
cleanup()
