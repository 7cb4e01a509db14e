# Bad sourceless files raise CPython's errors.
import os
import sys
import shutil
import tempfile
import importlib
import importlib.util as util

base = tempfile.mkdtemp()
sys.path.insert(0, base)
magic = util.MAGIC_NUMBER
cases = [
    ("bad magic", b"abc"),
    ("bad magic 4", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("empty", b""),
    ("short header", magic + b"\0\0\0\0abc"),
    ("bad flags", magic + b"\x09\0\0\0" + b"\0" * 8),
    ("bad flags 4", magic + b"\x04\0\0\0" + b"\0" * 8),
]
for n, (what, data) in enumerate(cases):
    name = f"pyc_se_{n}"
    with open(os.path.join(base, name + ".pyc"), "wb") as f:
        f.write(data)
    importlib.invalidate_caches()
    try:
        __import__(name)
    except (ImportError, EOFError) as e:
        print(what, "->", type(e).__name__ + ":", e)
        print("  name:", getattr(e, "name", "-"))
    print(" ", name in sys.modules)
shutil.rmtree(base)
