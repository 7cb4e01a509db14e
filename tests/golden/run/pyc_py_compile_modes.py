# PycInvalidationMode and the header each mode writes.
import os
import sys
import shutil
import tempfile
import py_compile

Mode = py_compile.PycInvalidationMode
print([(m.name, m.value) for m in Mode])
print(Mode(2), Mode["UNCHECKED_HASH"])
base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("m.py", "w") as f:
    f.write("A = 1\n")
os.utime("m.py", (1_234_567, 1_234_567))
for mode in Mode:
    cfile = py_compile.compile("m.py", invalidation_mode=mode)
    with open(cfile, "rb") as f:
        head = f.read(16)
    flags = int.from_bytes(head[4:8], "little")
    print(mode.name, flags, end=" ")
    if flags == 0:
        print(int.from_bytes(head[8:12], "little"), int.from_bytes(head[12:16], "little"))
    else:
        import importlib.util as util
        with open("m.py", "rb") as f:
            print(head[8:16] == util.source_hash(f.read()))
print(py_compile._get_default_invalidation_mode())
os.environ["SOURCE_DATE_EPOCH"] = "1"
print(py_compile._get_default_invalidation_mode())
cfile = py_compile.compile("m.py")
with open(cfile, "rb") as f:
    print(int.from_bytes(f.read(8)[4:], "little"))
del os.environ["SOURCE_DATE_EPOCH"]
os.chdir(old_cwd)
shutil.rmtree(base)
