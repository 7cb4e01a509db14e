# cache_from_source's argument checks.
import importlib.util as util

for opt in ["a-b", "1.5", " ", "é"]:
    try:
        util.cache_from_source("a/b.py", optimization=opt)
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, 42]:
    try:
        util.cache_from_source(bad)
    except TypeError as e:
        print("TypeError:", type(e).__name__)
print(util.cache_from_source("b.py", True).endswith(".pyc"))
print(util.cache_from_source("b.py", False).endswith(".opt-1.pyc"))
try:
    util.cache_from_source("b.py", True, optimization=1)
except TypeError as e:
    print("TypeError:", e)
