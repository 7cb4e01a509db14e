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
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P("w.txt"), "w", newline=nl) as f:
        f.write("one\ntwo\r\nthree\rfour\n")
    with open(P("w.txt"), "rb") as f:
        print(repr(nl), f.read())
with open(P("w.txt"), "w", newline="\r\n") as f:
    print(f.write("a\nb\n"))
    f.writelines(["x\n", "y"])
    print(f.tell())
with open(P("w.txt"), "rb") as f:
    print(f.read())
with open(P("w.txt"), newline="") as f:
    print(list(f))
cleanup()
