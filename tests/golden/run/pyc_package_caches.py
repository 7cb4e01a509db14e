# Packages cache their __init__ and submodules in the package's __pycache__.
import os
import sys
import shutil
import tempfile
import importlib
import importlib.util

sys.dont_write_bytecode = False
tag = sys.implementation.cache_tag
base = tempfile.mkdtemp()
sys.path.insert(0, base)
pkg = os.path.join(base, "pyc_pc_pkg")
os.makedirs(os.path.join(pkg, "inner"))
files = {
    "__init__.py": "from . import leaf\n",
    "leaf.py": "X = 'leaf'\n",
    "inner/__init__.py": "",
    "inner/deep.py": "from ..leaf import X\nY = X + '/deep'\n",
}
for rel, text in files.items():
    with open(os.path.join(pkg, rel), "w") as f:
        f.write(text)
importlib.invalidate_caches()
import pyc_pc_pkg.inner.deep as deep
print(deep.Y)
for root, dirs, names in sorted(os.walk(pkg)):
    for n in sorted(names):
        if n.endswith(".pyc"):
            rel = os.path.relpath(os.path.join(root, n), base)
            print(rel.replace(tag, "TAG"))
print(deep.__cached__ == importlib.util.cache_from_source(deep.__file__))
shutil.rmtree(base)
