# py_compile.compile writes the cache file and returns its path.
import os
import sys
import shutil
import tempfile
import importlib.util as util
import py_compile

tag = sys.implementation.cache_tag
base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("mod.py", "w") as f:
    f.write("print('never run by compiling')\n")
out = py_compile.compile("mod.py")
print(out.replace(tag, "TAG"), out == util.cache_from_source("mod.py"))
print(os.path.isfile(out))
with open(out, "rb") as f:
    print(f.read(4) == util.MAGIC_NUMBER)
print(py_compile.compile("mod.py", cfile="out/deeper/x.pyc"))
print(os.path.isfile("out/deeper/x.pyc"))
print(py_compile.compile("mod.py", "plain.pyc", "shown/name.py"))
print(sorted(os.listdir(".")))
print(py_compile.__all__)
os.chdir(old_cwd)
shutil.rmtree(base)
