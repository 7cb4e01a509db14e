# sys.path decides where top-level modules are found.
import sys, os
here = os.path.dirname(__file__)
print(sys.path[0] == here)
try:
    import topmod
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, os.path.join(here, "imp_pkgs", "top"))
import topmod
print(topmod.where, os.path.basename(topmod.__file__))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
