# A valid cache file is used instead of the source: a source rewritten with
# the same size and mtime still runs the old code (as CPython does), a new
# mtime or size makes the import recompile.
import os
import sys
import shutil
import tempfile
import importlib

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
path = os.path.join(base, "pyc_r_mod.py")

def write(text, mtime):
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (mtime, mtime))

def load():
    sys.modules.pop("pyc_r_mod", None)
    importlib.invalidate_caches()
    import pyc_r_mod
    return pyc_r_mod.WORD

write("WORD = 'alpha'\n", 1_000_000)
print(load())
write("WORD = 'bravo'\n", 1_000_000)
print(load())
write("WORD = 'bravo'\n", 1_000_010)
print(load())
write("WORD = 'charlie'\n", 1_000_010)
print(load())
write("WORD = 'delta!!'\n", 1_000_010)
print(load())
shutil.rmtree(base)
