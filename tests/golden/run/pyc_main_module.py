# The main script is never cached and has no __cached__.
import os
import sys

sys.dont_write_bytecode = False
print("__cached__" in globals(), __spec__)
here = os.path.dirname(os.path.abspath(__file__))
cache = os.path.join(here, "__pycache__")
names = os.listdir(cache) if os.path.isdir(cache) else []
print([n for n in names if n.startswith("pyc_main_module.")])
