# A damaged cache file (garbage, truncated, another implementation's magic)
# is ignored, never run: the source is compiled and the file rewritten.
import os
import sys
import shutil
import tempfile
import importlib
import importlib.util as util

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
path = os.path.join(base, "pyc_cc_mod.py")
with open(path, "w") as f:
    f.write("N = 1\n")
importlib.invalidate_caches()
import pyc_cc_mod
cached = pyc_cc_mod.__cached__
with open(cached, "rb") as f:
    good = f.read()
damages = {
    "empty": b"",
    "garbage": b"this is not a pyc file at all",
    "header only": good[:16],
    "cut": good[: len(good) // 2],
    "foreign magic": b"\x2b\x0e\r\n" + good[4:],
    "bad flags": good[:4] + b"\x08\0\0\0" + good[8:],
}
for n, (what, data) in enumerate(damages.items(), 2):
    with open(path, "w") as f:
        f.write(f"N = {n}\n")
    os.utime(path, (2_000_000 + n, 2_000_000 + n))
    sys.modules.pop("pyc_cc_mod")
    import pyc_cc_mod
    with open(cached, "wb") as f:
        f.write(data)
    sys.modules.pop("pyc_cc_mod")
    import pyc_cc_mod
    with open(cached, "rb") as f:
        fixed = f.read()
    print(what, pyc_cc_mod.N, fixed[:4] == util.MAGIC_NUMBER, len(fixed) > 16)
shutil.rmtree(base)
