# py_compile refuses to replace a cache path that is not a regular file.
import os
import sys
import shutil
import tempfile
import py_compile

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("m.py", "w") as f:
    f.write("A = 1\n")
os.mkdir("adir.pyc")
try:
    py_compile.compile("m.py", cfile="adir.pyc")
except FileExistsError as e:
    print("FileExistsError:", e)
print(py_compile.compile("m.py", cfile="ok.pyc"))
print(py_compile.compile("m.py", cfile="ok.pyc"))
os.chdir(old_cwd)
shutil.rmtree(base)
