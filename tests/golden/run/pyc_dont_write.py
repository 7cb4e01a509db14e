# sys.dont_write_bytecode, settable at run time, stops the import system
# writing cache files (and an existing one is still used).
import os
import sys
import shutil
import tempfile
import importlib

base = tempfile.mkdtemp()
sys.path.insert(0, base)
for name in ["pyc_dw_a", "pyc_dw_b"]:
    with open(os.path.join(base, name + ".py"), "w") as f:
        f.write(f"NAME = {name!r}\n")
importlib.invalidate_caches()
sys.dont_write_bytecode = True
import pyc_dw_a
print(pyc_dw_a.NAME, os.path.exists(os.path.join(base, "__pycache__")))
sys.dont_write_bytecode = False
import pyc_dw_b
print(pyc_dw_b.NAME, len(os.listdir(os.path.join(base, "__pycache__"))))
sys.dont_write_bytecode = True
del sys.modules["pyc_dw_b"]
import pyc_dw_b
print(pyc_dw_b.NAME, len(os.listdir(os.path.join(base, "__pycache__"))))
shutil.rmtree(base)
