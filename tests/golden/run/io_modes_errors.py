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
def t(*args, **kw):
    try:
        f = open(*args, **kw)
        print("opened", type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__ + ":", e)
open(P("f.txt"), "w").close()
t(P("f.txt"), "rw")
t(P("f.txt"), "rr")
t(P("f.txt"), "q")
t(P("f.txt"), "tb")
t(P("f.txt"), "b")
t(P("f.txt"), "+")
t(P("f.txt"), "rb", encoding="utf-8")
t(P("f.txt"), "rb", errors="strict")
t(P("f.txt"), "rb", newline="")
t(P("f.txt"), "r", buffering=0)
t(P("f.txt"), newline="x")
t(P("f.txt"), newline=5)
t(P("f.txt"), 5)
t(P("f.txt"), encoding=5)
t(P("f.txt"), errors=5)
t(P("f.txt"), buffering="x")
t([])
t(3.5)
t(None)
t(P("f.txt"), encoding="bogus-codec")
t(P("f.txt"), "r", foo=1)
t()
t(P("f.txt"), "rt")
t(P("f.txt"), "wt")
t(P("f.txt"), "w+b")
t(P("f.txt"), "ab")
t(P("f.txt"), "a+")
t(P("f.txt"), "rb", buffering=0)
cleanup()
