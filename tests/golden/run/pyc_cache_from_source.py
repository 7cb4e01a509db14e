# importlib.util.cache_from_source: where the import system keeps .pyc files.
import sys
import importlib.util as util

tag = sys.implementation.cache_tag
def show(path):
    print(path.replace(tag, "TAG"))

show(util.cache_from_source("a/b.py"))
show(util.cache_from_source("/abs/dir/mod.py"))
show(util.cache_from_source("mod.py"))
show(util.cache_from_source("pkg/__init__.py"))
show(util.cache_from_source("a/b.pyw"))
show(util.cache_from_source("a/b.tar.py"))
show(util.cache_from_source("a/noext"))
show(util.cache_from_source("a/.hidden"))
show(util.cache_from_source("a/b.py", optimization=""))
show(util.cache_from_source("a/b.py", optimization=1))
show(util.cache_from_source("a/b.py", optimization=2))
show(util.cache_from_source("a/b.py", optimization="x9"))
show(util.cache_from_source("dir.d/b.py"))
