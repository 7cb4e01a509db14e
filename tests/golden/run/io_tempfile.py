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
import tempfile
print(tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()), tempfile.gettempprefix())
d = tempfile.mkdtemp(dir=D)
print(os.path.isdir(d), os.path.dirname(d) == D, os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
d2 = tempfile.mkdtemp(prefix="pre_", suffix="_suf", dir=D)
name = os.path.basename(d2)
print(name.startswith("pre_"), name.endswith("_suf"), d != d2)
fd, path = tempfile.mkstemp(suffix=".txt", dir=D)
print(type(fd).__name__, path.endswith(".txt"), os.path.exists(path))
os.write(fd, b"via fd")
os.close(fd)
with open(path) as f:
    print(f.read())
with tempfile.TemporaryDirectory(dir=D) as td:
    print(type(td).__name__, os.path.isdir(td))
    with open(os.path.join(td, "x.txt"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(td, "inner"))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=D)
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile(dir=D) as f:
    print(f.write(b"hello"), os.path.exists(f.name), f.name.startswith(D))
    f.seek(0)
    print(f.read(), f.mode if hasattr(f, "mode") else "")
    n = f.name
print(os.path.exists(n))
with tempfile.NamedTemporaryFile("w+", dir=D, suffix=".log", delete=False) as f:
    f.write("text mode\n")
    n = f.name
print(n.endswith(".log"), os.path.exists(n))
with open(n) as f:
    print(f.read(), end="")
with tempfile.TemporaryFile(dir=D) as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read())
s = tempfile.SpooledTemporaryFile()
s.write(b"spooled")
s.seek(0)
print(s.read())
print(sorted(x.startswith("tmp") for x in os.listdir(D)))
cleanup()
