# Hash-based cache files (PEP 552): a checked one is compared with the
# source's hash at import; an unchecked one is trusted.
import os
import sys
import shutil
import tempfile
import importlib
import py_compile

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
path = os.path.join(base, "pyc_hb_mod.py")
Mode = py_compile.PycInvalidationMode

def write(text):
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (3_000_000, 3_000_000))

def load():
    sys.modules.pop("pyc_hb_mod", None)
    importlib.invalidate_caches()
    import pyc_hb_mod
    return pyc_hb_mod.V

for mode in [Mode.CHECKED_HASH, Mode.UNCHECKED_HASH, Mode.TIMESTAMP]:
    write("V = 'old'\n")
    cfile = py_compile.compile(path, invalidation_mode=mode)
    with open(cfile, "rb") as f:
        flags = int.from_bytes(f.read(8)[4:], "little")
    write("V = 'new'\n")
    print(mode.name, flags, load())
    with open(cfile, "rb") as f:
        print("  rewritten flags:", int.from_bytes(f.read(8)[4:], "little"))
shutil.rmtree(base)
