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
from pathlib import Path, PurePath, PurePosixPath, PosixPath
p = PurePosixPath("/usr/lib/python3.14/pathlib.tar.gz")
print(repr(p), str(p), p.parts, p.drive, repr(p.root), p.anchor)
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent)
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("lib"))
q = Path("a") / "b" / "c.txt"
print(repr(q), q, q.parts, q.is_absolute(), q.as_posix(), "x" / Path("y"))
print(Path("a", "b", "/c", "d"), Path("a//b/./c/"), Path(""), Path("."), Path("/"), Path("//x"), Path("///x"))
print(Path("a/../b"), Path("a/b").joinpath("c", "d"), PurePath("a") == PurePosixPath("a"))
print(Path("/a/b/c").relative_to("/a"), Path("/a/b").relative_to("/a/b"), Path("a/b").is_relative_to("a"))
print(Path("a/b").relative_to("a/c", walk_up=True))
print(Path("x/a.py").match("*.py"), Path("a/b.py").match("a/*.py"), Path("/a.py").match("/*.py"), Path("a/b.py").match("/*.py"))
print(Path("a/b/c.py").full_match("a/**"), Path("a/b/c.py").full_match("**/*.py"), Path("a/b.txt").full_match("*.py"))
print(sorted([Path("b"), Path("a/c"), Path("a")]), Path("a") < Path("b"), hash(Path("a")) == hash(Path("a")))
print(Path(".bashrc").suffix, Path("a.").suffix, Path("a..b").suffixes, Path("..").name, Path("a/..").parent)
print(Path("/a b/ü").as_uri(), bytes(Path("a/b")), os.fspath(Path("x/y")))
print({Path("a"): 1}[Path("a")], Path("a") == "a", Path("a") != Path("b"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: Path("a").relative_to("b"))
t(lambda: Path("/a").relative_to("a"))
t(lambda: Path("a").with_suffix("x"))
t(lambda: Path("").with_name("x"))
t(lambda: Path("a").with_name(""))
t(lambda: Path("a").with_name("b/c"))
t(lambda: Path(3))
t(lambda: Path("a") / 3)
t(lambda: Path("a").parents[5])
t(lambda: Path("a") < "b")
t(lambda: Path("/").with_name("x"))
t(lambda: Path("a").as_uri())
print(isinstance(Path("a"), PurePath), isinstance(Path("a"), os.PathLike), type(Path("a")).__name__, type(PurePath("a")).__name__)
cleanup()
