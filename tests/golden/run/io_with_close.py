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
try:
    with open(P("w.txt"), "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, f.closed)
print(open(P("w.txt")).read())
with open(P("a.txt"), "w") as a, open(P("b.txt"), "w") as b:
    a.write("A")
    b.write("B")
print(a.closed, b.closed, open(P("a.txt")).read(), open(P("b.txt")).read())
f = open(P("w.txt"))
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
def writer():
    g = open(P("gone.txt"), "w")
    g.write("flushed when the last reference goes")
writer()
print(open(P("gone.txt")).read())
h = open(P("h.txt"), "w")
h.write("buffered")
print(repr(open(P("h.txt")).read()))
h.flush()
print(repr(open(P("h.txt")).read()))
del h
f = open(P("h.txt"), "a")
f.write("+more")
f = None
print(open(P("h.txt")).read())
cleanup()
