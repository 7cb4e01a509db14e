# compileall.compile_file: only .py files, legacy locations, ddir,
# stripdir/prependdir in error reports, force.
import os
import sys
import shutil
import tempfile
import compileall

tag = sys.implementation.cache_tag
base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
os.makedirs("src/pkg")
with open("src/pkg/good.py", "w") as f:
    f.write("G = 1\n")
with open("src/pkg/bad.py", "w") as f:
    f.write("def broken(:\n")
with open("src/pkg/data.txt", "w") as f:
    f.write("x\n")
print(compileall.compile_file("src/pkg/data.txt"))
print(compileall.compile_file("src/pkg/good.py"))
print(compileall.compile_file("src/pkg/good.py"))
print(compileall.compile_file("src/pkg/good.py", legacy=True))
print(os.path.isfile("src/pkg/good.pyc"))
print(compileall.compile_file("src/pkg/bad.py", ddir="/installed"))
print(compileall.compile_file("src/pkg/bad.py", stripdir="src", prependdir="/opt"))
print(compileall.compile_file("src/pkg/bad.py", stripdir="elsewhere"))
print(compileall.compile_file("src/pkg/bad.py", quiet=1))
try:
    compileall.compile_file("src/pkg/good.py", ddir="x", stripdir="y")
except ValueError as e:
    print("ValueError:", e)
try:
    compileall.compile_file("src/pkg/good.py", hardlink_dupes=True)
except ValueError as e:
    print("ValueError:", e)
print(compileall.compile_file("src/pkg/good.py", force=True, optimize=[0, 1, 2]))
print(sorted(n.replace(tag, "TAG") for n in os.listdir("src/pkg/__pycache__")))
os.chdir(old_cwd)
shutil.rmtree(base)
