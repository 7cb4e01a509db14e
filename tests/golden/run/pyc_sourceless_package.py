# A package whose __init__ is only a .pyc.
import os
import sys
import shutil
import tempfile
import importlib
import py_compile

base = tempfile.mkdtemp()
sys.path.insert(0, base)
pkg = os.path.join(base, "pyc_slpkg")
os.mkdir(pkg)
init = os.path.join(pkg, "__init__.py")
with open(init, "w") as f:
    f.write("KIND = 'compiled package'\n")
py_compile.compile(init, cfile=init + "c")
os.remove(init)
with open(os.path.join(pkg, "plain.py"), "w") as f:
    f.write("KIND = 'plain submodule'\n")
importlib.invalidate_caches()
import pyc_slpkg.plain
print(pyc_slpkg.KIND, "/", pyc_slpkg.plain.KIND)
print(os.path.basename(pyc_slpkg.__file__), pyc_slpkg.__path__ == [pkg])
shutil.rmtree(base)
