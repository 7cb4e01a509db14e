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
with open(P("log.txt"), "a") as f:
    print(f.tell(), f.write("one\n"))
with open(P("log.txt"), "a") as f:
    print(f.tell(), f.write("two\n"), f.tell())
with open(P("log.txt"), "a+") as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.write("three\n")
    f.seek(0)
    print(f.readlines())
with open(P("new.txt"), "x") as f:
    f.write("created")
try:
    open(P("new.txt"), "x")
except FileExistsError as e:
    print(type(e).__name__, e.strerror, os.path.basename(e.filename))
with open(P("new2.bin"), "xb+") as f:
    print(type(f).__name__, f.mode, f.write(b"xyz"))
    f.seek(0)
    print(f.read())
with open(P("log.txt"), "ab") as f:
    print(type(f).__name__, f.mode, f.write(b"four\n"))
print(open(P("log.txt")).read().split())
cleanup()
