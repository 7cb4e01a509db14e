# A folder without __init__.py is a namespace package.
import imp_pkgs.ns.mod
print(imp_pkgs.ns.mod.ns_value)
import imp_pkgs.ns as ns
import os
here = os.path.dirname(__file__) + "/"
print(ns.__file__, [p.replace(here, "") for p in ns.__path__])
print(repr(ns).replace(here, ""))
from imp_pkgs.ns import mod
print(mod is imp_pkgs.ns.mod)
