# A module that does not compile raises SyntaxError and writes no cache
# file; once fixed, it imports and is cached.
import os
import sys
import shutil
import tempfile
import importlib

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
path = os.path.join(base, "pyc_se_mod.py")
with open(path, "w") as f:
    f.write("x = = 1\n")
os.utime(path, (5_000_000, 5_000_000))
importlib.invalidate_caches()
try:
    import pyc_se_mod
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, os.path.basename(e.filename))
print(os.path.exists(os.path.join(base, "__pycache__")), "pyc_se_mod" in sys.modules)
with open(path, "w") as f:
    f.write("x = 1\n")
os.utime(path, (5_000_001, 5_000_001))
import pyc_se_mod
print(pyc_se_mod.x, os.path.isfile(pyc_se_mod.__cached__))
shutil.rmtree(base)
