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
with open(P("n.txt"), "wb") as f:
    f.write(b"a\nb\r\nc\rd\r\n\re")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P("n.txt"), newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with open(P("n.txt"), newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(P("n.txt"), newline=nl) as f:
        print(repr(nl), repr(f.read(2)), repr(f.read(3)), repr(f.readline()), repr(f.read(1)))
with open(P("n.txt")) as f:
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.read()
    print(f.newlines)
with open(P("n.txt")) as f:
    print([f.readline(1) for i in range(6)])
cleanup()
