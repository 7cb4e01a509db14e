# sys.pycache_prefix moves cache files into a parallel tree.
import os
import sys
import importlib.util as util

tag = sys.implementation.cache_tag
print(sys.pycache_prefix)
sys.pycache_prefix = "/cache/root"
def show(path):
    print(path.replace(tag, "TAG"))
show(util.cache_from_source("/src/pkg/mod.py"))
show(util.cache_from_source("/src/pkg/mod.py", optimization=2))
rel = util.cache_from_source("rel/mod.py")
print(rel == "/cache/root" + os.getcwd() + "/rel/mod." + tag + ".pyc")
print(util.source_from_cache(f"/cache/root/src/pkg/mod.{tag}.pyc"))
for path in [f"/cache/root/mod.{tag}.pyc", f"/elsewhere/mod.{tag}.pyc"]:
    try:
        util.source_from_cache(path)
    except ValueError as e:
        print("ValueError:", str(e).replace(tag, "TAG"))
print(util.source_from_cache(f"/elsewhere/__pycache__/mod.{tag}.pyc"))
sys.pycache_prefix = "/cache/root/"
show(util.cache_from_source("/src/mod.py"))
print(util.source_from_cache(f"/cache/root/src/mod.{tag}.pyc"))
sys.pycache_prefix = None
show(util.cache_from_source("/src/mod.py"))
