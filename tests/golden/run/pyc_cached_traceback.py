# Tracebacks through code loaded from a cache file show the source lines.
import os
import sys
import shutil
import importlib

sys.dont_write_bytecode = False
base = "/tmp/taipan_pyc_golden_traceback"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base)
sys.path.insert(0, base)
with open(os.path.join(base, "pyc_tb_mod.py"), "w") as f:
    f.write("def divide(a, b):\n    return a / b\n\ndef outer(x):\n    return divide(x, x - x)\n")
importlib.invalidate_caches()
import pyc_tb_mod
del sys.modules["pyc_tb_mod"]
import pyc_tb_mod
print(os.path.isfile(pyc_tb_mod.__cached__))
print(pyc_tb_mod.divide.__code__.co_filename == pyc_tb_mod.__file__)
pyc_tb_mod.outer(5)
