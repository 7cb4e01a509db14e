# importlib.util.source_from_cache: the inverse of cache_from_source.
import sys
import importlib.util as util

tag = sys.implementation.cache_tag
for path in [
    f"a/__pycache__/b.{tag}.pyc",
    f"/abs/__pycache__/mod.{tag}.opt-2.pyc",
    f"__pycache__/m.{tag}.pyc",
    "x/__pycache__/m.other-99.pyc",
    "x/__pycache__/m.whatever.opt-abc.pyc",
]:
    print(util.source_from_cache(path))
print(util.source_from_cache(util.cache_from_source("deep/er/mod.py")))
for bad in [
    "a/b.pyc",
    "a/__pycache__/b.pyc",
    "a/__pycache__/b.x.y.z.pyc",
    "a/__pycache__/b.tag.opt-.pyc",
    "a/__pycache__/b.tag.o1.pyc",
    "a/__pycache__/b.tag.opt-a-b.pyc",
    "a/pycache/b.tag.pyc",
]:
    try:
        print(util.source_from_cache(bad))
    except ValueError as e:
        print("ValueError:", e)
