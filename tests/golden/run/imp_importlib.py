# importlib.import_module: absolute and relative names.
import importlib
m = importlib.import_module("imp_pkgs.plain")
print(m.__name__, m.value)
sub = importlib.import_module(".sub", "imp_pkgs.pkg")
print(sub.__name__, sub.sub_value)
leaf = importlib.import_module("..deep.leaf", package="imp_pkgs.pkg.sub")
print(leaf.__name__)
top = importlib.import_module("imp_pkgs")
print(top.__name__)
try:
    importlib.import_module(".sub")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("imp_pkgs.nope")
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module("")
except ValueError as e:
    print(e)
