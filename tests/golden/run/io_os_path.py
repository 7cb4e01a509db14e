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
import os.path as op
print(op.join("a", "b", "c"), op.join("/a", "/b", "c"), op.join("a/", "b"), op.join("", "x"), op.join("a", ""))
print(op.split("/a/b/c"), op.split("c"), op.split("/"), op.split("a/b/"), op.split("//x//y"))
print(op.splitext("a/b.tar.gz"), op.splitext(".bashrc"), op.splitext("a.b/c"), op.splitext("x."), op.splitext("..."))
print(op.basename("/a/b.py"), op.dirname("/a/b.py"), op.basename("a/"), op.dirname("a"))
print(op.normpath("a//b/./c/../d"), op.normpath("/../x"), op.normpath("../../y"), op.normpath(""), op.normpath("//a"))
print(op.isabs("/x"), op.isabs("x"), op.abspath("/a/./b/../c"), op.abspath("rel") == op.join(os.getcwd(), "rel"))
print(op.relpath("/a/b/c", "/a"), op.relpath("/a", "/a/b/c"), op.relpath("/x/y", "/a/b"), op.relpath("/a", "/a"))
print(op.commonpath(["/a/b/c", "/a/b/d", "/a/bx"]), op.commonpath(["a/b", "a/c"]), op.commonprefix(["interval", "internet", "int"]))
print(op.splitdrive("/a/b"), op.splitroot("/a/b"), op.splitroot("a/b"), op.splitroot("//a/b"))
os.environ["TAIPAN_IO_VAR"] = "value"
print(op.expandvars("$TAIPAN_IO_VAR/${TAIPAN_IO_VAR}/$NOPE_NOT_SET/$"), op.expanduser("nochange"), op.expanduser("~") == op.expanduser("~/"[:-1]))
print(op.exists(D), op.isdir(D), op.isfile(D), op.exists(P("nope")), op.islink(D), op.lexists(D))
print(op.getsize(D) >= 0, op.samefile(D, D + "/."), op.ismount("/"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: op.join(1, "a"))
t(lambda: op.join("a", 1))
t(lambda: op.exists(1.5))
t(lambda: op.relpath(""))
t(lambda: op.commonpath([]))
t(lambda: op.commonpath(["/a", "b"]))
try:
    op.getsize(P("nope"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
cleanup()
