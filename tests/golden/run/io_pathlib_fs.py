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
from pathlib import Path
d = Path(D)
f = d / "hello.txt"
print(f.exists(), f.write_text("hi there\nline 2\n"), f.exists(), f.is_file(), f.is_dir())
print(repr(f.read_text()), f.read_bytes(), f.stat().st_size)
print((d / "b.bin").write_bytes(b"\x00\x01"), (d / "b.bin").read_bytes())
(d / "sub" / "deep").mkdir(parents=True)
(d / "sub").mkdir(exist_ok=True)
try:
    (d / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.strerror)
try:
    (d / "x" / "y").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
(d / "sub" / "a.py").write_text("pass\n")
(d / "sub" / "deep" / "b.py").write_text("pass\n")
(d / "sub" / "c.txt").touch()
print(sorted(p.name for p in d.iterdir()))
print(sorted(p.relative_to(d).as_posix() for p in d.glob("*.txt")))
print(sorted(p.relative_to(d).as_posix() for p in d.glob("sub/*")))
print(sorted(p.relative_to(d).as_posix() for p in d.glob("**/*.py")))
print(sorted(p.relative_to(d).as_posix() for p in d.rglob("*.py")))
with f.open() as fh:
    print(fh.readline(), end="")
with (d / "w.txt").open("w") as fh:
    fh.write("written")
print((d / "w.txt").read_text())
g = (d / "w.txt").rename(d / "renamed.txt")
print(g.name, g.exists(), (d / "w.txt").exists())
print(g.replace(d / "final.txt").name)
(d / "final.txt").unlink()
(d / "final.txt").unlink(missing_ok=True)
try:
    (d / "final.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
print(d.resolve() == d.resolve().absolute(), f.absolute().is_absolute(), Path("~").expanduser().is_absolute())
print(Path.cwd().is_absolute(), f.samefile(str(f)))
for root, dirs, files in d.walk():
    print(root.relative_to(d), sorted(dirs), sorted(files))
(d / "sub" / "deep" / "b.py").unlink()
(d / "sub" / "deep").rmdir()
print(sorted(p.name for p in (d / "sub").iterdir()))
try:
    f.write_text(b"bytes")
except TypeError as e:
    print("TypeError:", e)
cleanup()
