# compileall.compile_dir: listing, compiling, up-to-date files skipped,
# errors reported; the result says whether everything compiled.
import os
import sys
import shutil
import tempfile
import compileall

tag = sys.implementation.cache_tag
base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
os.makedirs("tree/sub/deeper")
os.makedirs("tree/__pycache__")
files = {
    "tree/a.py": "A = 1\n",
    "tree/b.py": "B = 2\n",
    "tree/notes.txt": "not python\n",
    "tree/sub/c.py": "C = 3\n",
    "tree/sub/deeper/d.py": "D = 4\n",
}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)
print(compileall.compile_dir("tree"))
print(compileall.compile_dir("tree"))
print(compileall.compile_dir("tree", force=True, quiet=1))
with open("tree/b.py", "w") as f:
    f.write("B = (\n")
print(compileall.compile_dir("tree", force=True))
print(compileall.compile_dir("tree", force=True, quiet=1))
print(compileall.compile_dir("tree", force=True, quiet=2))
for root, dirs, names in sorted(os.walk("tree")):
    for n in sorted(names):
        if n.endswith(".pyc"):
            print(os.path.join(root, n).replace(tag, "TAG"))
os.chdir(old_cwd)
shutil.rmtree(base)
