# optimize= picks the cache file name (and the code: asserts and
# docstrings go at -O/-OO).
import os
import sys
import shutil
import tempfile
import py_compile

tag = sys.implementation.cache_tag
base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("m.py", "w") as f:
    f.write('"""doc"""\nassert False, "boom"\nprint(__doc__)\n')
for level in [-1, 0, 1, 2]:
    print(level, py_compile.compile("m.py", optimize=level).replace(tag, "TAG"))
print(sorted(n.replace(tag, "TAG") for n in os.listdir("__pycache__")))
os.chdir(old_cwd)
shutil.rmtree(base)
