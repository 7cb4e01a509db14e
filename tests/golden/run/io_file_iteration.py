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
with open(P("it.txt"), "w") as f:
    for i in range(5):
        f.write("line %d\n" % i)
with open(P("it.txt")) as f:
    print(next(f), end="")
    print(f.readline(), end="")
    for n, line in enumerate(f, 2):
        print(n, line.rstrip())
    print(repr(f.readline()), list(f))
with open(P("it.txt")) as f:
    print(f.readlines(10))
    print(f.readlines())
with open(P("it.txt")) as f, open(P("copy.txt"), "w") as g:
    for line in f:
        g.write(line.upper())
with open(P("copy.txt")) as g:
    print(g.read().splitlines())
print([len(l) for l in open(P("it.txt"))])
print(iter(open(P("it.txt"))) is not None)
f = open(P("it.txt"))
print(iter(f) is f, f.__next__())
f.close()
cleanup()
