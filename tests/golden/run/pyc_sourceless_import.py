# A .pyc where the source would be (not in __pycache__) imports without
# its source, as CPython's sourceless loader allows.
import os
import sys
import shutil
import tempfile
import importlib
import py_compile

base = tempfile.mkdtemp()
sys.path.insert(0, base)
src = os.path.join(base, "pyc_sl_mod.py")
with open(src, "w") as f:
    f.write("def hello(who):\n    return 'hello ' + who\nANSWER = 6 * 7\n")
legacy = os.path.join(base, "pyc_sl_mod.pyc")
print(py_compile.compile(src, cfile=legacy) == legacy)
os.remove(src)
importlib.invalidate_caches()
import pyc_sl_mod
print(pyc_sl_mod.hello("pyc"), pyc_sl_mod.ANSWER)
print(pyc_sl_mod.__file__ == legacy, pyc_sl_mod.__cached__ == legacy)
print(os.path.exists(os.path.join(base, "__pycache__")))
print(sorted(os.listdir(base)))
shutil.rmtree(base)
