# compileall.compile_path compiles the folders of sys.path (not the
# current directory, unless asked), not recursively.
import os
import sys
import shutil
import tempfile
import compileall

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
os.makedirs("lib1/nested")
os.makedirs("lib2")
for path in ["lib1/a.py", "lib1/nested/b.py", "lib2/c.py", "here.py"]:
    with open(path, "w") as f:
        f.write("pass\n")
saved = sys.path[:]
sys.path[:] = ["", "lib1", "lib2", os.curdir]
print(compileall.compile_path())
print(compileall.compile_path(quiet=1, force=True))
print(compileall.compile_path(skip_curdir=0, quiet=1, force=True))
print(sorted(os.listdir("__pycache__")) != [])
sys.path[:] = saved
os.chdir(old_cwd)
shutil.rmtree(base)
