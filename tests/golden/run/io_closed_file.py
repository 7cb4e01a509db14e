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
import io
with open(P("c.txt"), "w") as f:
    f.write("abc\n")
f = open(P("c.txt"))
f.close()
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
def t(fn):
    try:
        fn()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)
t(f.read)
t(f.readline)
t(lambda: f.write("x"))
t(f.tell)
t(lambda: f.seek(0))
t(f.flush)
t(lambda: iter(f))
t(lambda: next(f))
t(f.__enter__)
t(f.fileno)
t(f.buffer.read)
t(f.buffer.raw.read)
t(f.buffer.tell)
s = io.StringIO("x")
s.close()
t(s.read)
t(s.getvalue)
t(lambda: s.write("y"))
b = io.BytesIO(b"x")
b.close()
t(b.read)
t(b.getvalue)
print(s.closed, b.closed)
cleanup()
f.read()
