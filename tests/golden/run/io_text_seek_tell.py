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
with open(P("s.txt"), "w") as f:
    print(f.tell())
    f.write("line one\n")
    print(f.tell())
    f.write("ligne deux é\n")
    print(f.tell())
    f.write("three\n")
with open(P("s.txt")) as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    print(f.seek(pos), repr(f.read(5)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(4)))
    print(f.seek(0, 1) == f.tell())
with open(P("s.txt"), "r+") as f:
    f.seek(5)
    f.write("ONE")
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(9), f.tell())
with open(P("s.txt")) as f:
    print(repr(f.read()))
with open(P("s.txt"), "a+") as f:
    print(f.tell())
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
with open(P("s.txt"), "w+") as f:
    f.write("fresh\ndata\n")
    f.seek(0)
    print(f.readlines())
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read())
cleanup()
