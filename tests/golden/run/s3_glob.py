import glob, os, tempfile, shutil

root = tempfile.mkdtemp()
try:
    for p in ["a.txt", "b.txt", "c.py", ".hid.txt", "sub/d.txt", "sub/e.py", "sub/deep/f.txt", "sub2/g.txt", "[x].txt"]:
        full = os.path.join(root, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write("x")
    rel = lambda ps: sorted(os.path.relpath(p, root) if os.path.isabs(p) else p for p in ps)
    print(rel(glob.glob(os.path.join(root, "*.txt"))))
    print(rel(glob.glob(os.path.join(root, "*"))))
    print(rel(glob.glob(os.path.join(root, "*", "*.txt"))))
    print(rel(glob.glob(os.path.join(root, "sub*"))))
    print(rel(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "**", "*.txt"))))
    print(rel(glob.glob(os.path.join(root, "*.txt"), include_hidden=True)))
    print(rel(glob.glob(os.path.join(root, ".*"))))
    print(rel(glob.glob(os.path.join(root, "a.txt"))), glob.glob(os.path.join(root, "zz.txt")))
    print(rel(glob.glob(os.path.join(root, "?.py"))))
    print(rel(glob.glob(os.path.join(root, glob.escape("[x].txt")))))
    print(sorted(glob.glob("*.txt", root_dir=root)))
    print(sorted(glob.glob("**/*.py", root_dir=root, recursive=True)))
    print(sorted(glob.glob("**", root_dir=root, recursive=True)))
    print(sorted(glob.glob("sub/", root_dir=root)), sorted(glob.glob("s*/", root_dir=root)))
    print(sorted(glob.iglob("*/deep/*", root_dir=root)))
    print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.has_magic("a[b"), glob.has_magic("abc"))
finally:
    shutil.rmtree(root)
