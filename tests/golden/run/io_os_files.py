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
os.mkdir(P("d1"))
os.makedirs(P("d2/x/y"))
os.makedirs(P("d2/x/y"), exist_ok=True)
try:
    os.makedirs(P("d2/x/y"))
except FileExistsError as e:
    print("FileExistsError", e.strerror)
for n in ["b.txt", "a.txt", "d1/c.txt"]:
    with open(P(n), "w") as f:
        f.write(n * 3)
print(sorted(os.listdir(D)), sorted(os.listdir(P("d1"))))
st = os.stat(P("a.txt"))
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st.st_mode).__name__, st.st_mtime > 0)
print(oct(st.st_mode & 0o170000), os.stat(P("d1")).st_mode & 0o170000 == 0o040000)
print(os.path.getsize(P("a.txt")), os.path.getmtime(P("a.txt")) == st.st_mtime)
os.rename(P("a.txt"), P("renamed.txt"))
print(os.path.exists(P("a.txt")), os.path.exists(P("renamed.txt")))
os.replace(P("renamed.txt"), P("b.txt"))
with open(P("b.txt")) as f:
    print(f.read())
try:
    os.rename(P("nope"), P("other"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
with os.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == P(e.name))
print(sorted(e.name for e in os.scandir(P("d1"))))
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(os.path.relpath(root, D), dirs, sorted(files))
bottom_up = [(os.path.relpath(r, D), sorted(d), sorted(f)) for r, d, f in os.walk(D, topdown=False)]
print(sorted(bottom_up))
order = [r for r, d, f in bottom_up]
print(all(order.index(os.path.join(r, x) if r != "." else x) < order.index(r) for r, d, f in bottom_up for x in d))
os.remove(P("d1/c.txt"))
os.rmdir(P("d1"))
os.removedirs(P("d2/x/y")) if False else None
os.rmdir(P("d2/x/y"))
os.rmdir(P("d2/x"))
os.unlink(P("b.txt"))
print(sorted(os.listdir(D)))
print(os.fsencode("ü"), os.fsdecode(b"\xc3\xbc"), os.fspath("p"))
class PL:
    def __fspath__(self):
        return P("pl.txt")
with open(PL(), "w") as f:
    f.write("pathlike")
print(os.path.exists(PL()), os.path.basename(os.fspath(PL())), isinstance(PL(), os.PathLike))
with open(PL()) as f:
    print(f.read())
cleanup()
print(os.path.exists(D))
