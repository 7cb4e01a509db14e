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
import sys, io
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
print("no newline", end="")
sys.stdout.write("|written\n")
sys.stdout = old
print(repr(buf.getvalue()))
sys.stdout = None
print("goes nowhere")
sys.stdout = old
print("back")
class Upper:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
u = Upper()
print("a", "b", file=u)
print("c", file=u, flush=True)
print(u.parts)
err = io.StringIO()
print("to err", file=err)
sys.stderr = err
print("via sys.stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
with open(P("out.txt"), "w") as f:
    print("into", "file", file=f)
    print(42, file=f, end="!\n")
    sys.stdout = f
    print("redirected to file")
    sys.stdout = old
print(open(P("out.txt")).read(), end="")
try:
    print("x", file=3)
except AttributeError as e:
    print("AttributeError:", e)
cleanup()
