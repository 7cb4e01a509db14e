# An import whose cache cannot be written (here __pycache__ is a file)
# works, silently.
import os
import sys
import shutil
import tempfile
import importlib

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
with open(os.path.join(base, "__pycache__"), "w") as f:
    f.write("in the way\n")
with open(os.path.join(base, "pyc_uw_mod.py"), "w") as f:
    f.write("print('imported', __name__)\n")
importlib.invalidate_caches()
import pyc_uw_mod
print(os.path.isfile(os.path.join(base, "__pycache__")))
shutil.rmtree(base)
