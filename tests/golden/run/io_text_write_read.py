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
with open(P("a.txt"), "w") as f:
    print(f.write("hello\n"), f.write("wörld\n"), f.write(""))
    print(f.closed, f.mode, f.encoding, f.errors, f.name == P("a.txt"))
print(f.closed)
with open(P("a.txt")) as f:
    print(repr(f.read()))
with open(P("a.txt")) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read(100)), repr(f.read()))
with open(P("a.txt"), encoding="utf-8") as f:
    print(f.encoding, repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(P("a.txt"), "a") as f:
    f.write("third")
with open(P("a.txt")) as f:
    print(f.readlines())
with open(P("a.txt")) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(P("a.txt"), "rb") as f:
    print(f.read())
print(os.path.getsize(P("a.txt")))
cleanup()
