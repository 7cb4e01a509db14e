# compile_dir with ddir: each file's name in its code (and its error
# report) is its path under ddir.
import os
import shutil
import tempfile
import compileall

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
os.makedirs("build/lib/sub")
with open("build/lib/top.py", "w") as f:
    f.write("x = (1,\n")
with open("build/lib/sub/inner.py", "w") as f:
    f.write("y = 1 +\n")
print(compileall.compile_dir("build/lib", ddir="/usr/lib/app", quiet=1))
print(compileall.compile_dir("build/lib", stripdir="build", prependdir="/root", quiet=1))
os.chdir(old_cwd)
shutil.rmtree(base)
