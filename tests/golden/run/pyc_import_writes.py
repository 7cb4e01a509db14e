# Importing a source module writes its cache file where cache_from_source says.
import os
import sys
import shutil
import tempfile
import importlib
import importlib.util as util

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
with open(os.path.join(base, "pyc_w_mod.py"), "w") as f:
    f.write("VALUE = 42\ndef twice(x):\n    return 2 * x\n")
importlib.invalidate_caches()
import pyc_w_mod
print(pyc_w_mod.VALUE, pyc_w_mod.twice(21))
cached = util.cache_from_source(pyc_w_mod.__file__)
print(pyc_w_mod.__cached__ == cached)
print(os.path.isfile(cached))
print(sorted(os.listdir(base)))
print([n.replace(sys.implementation.cache_tag, "TAG") for n in os.listdir(os.path.join(base, "__pycache__"))])
with open(cached, "rb") as f:
    data = f.read()
print(data[:4] == util.MAGIC_NUMBER, int.from_bytes(data[4:8], "little"))
mtime = int(os.stat(pyc_w_mod.__file__).st_mtime) & 0xFFFFFFFF
size = os.stat(pyc_w_mod.__file__).st_size
print(int.from_bytes(data[8:12], "little") == mtime, int.from_bytes(data[12:16], "little") == size)
# The main script itself is never cached.
print(any(n.startswith("pyc_import_writes") for n in os.listdir(os.path.dirname(cached))))
shutil.rmtree(base)
