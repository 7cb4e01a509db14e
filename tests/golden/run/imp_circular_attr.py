# An attribute of a partially initialized module.
try:
    import imp_pkgs.attr_a
except AttributeError as e:
    import os
    print(type(e).__name__, str(e).replace(os.path.dirname(__file__) + "/", ""))
import sys
print("imp_pkgs.attr_a" in sys.modules, "imp_pkgs.attr_b" in sys.modules)
import imp_pkgs.attr_a
