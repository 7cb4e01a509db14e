# __import__: the top-level package without a from-list, the module with one.
top = __import__("imp_pkgs.plain")
print(top.__name__)
mod = __import__("imp_pkgs.plain", fromlist=["value"])
print(mod.__name__, mod.value)
m2 = __import__("math")
print(m2.floor(3.7))
try:
    __import__("nonexistent_mod_xyz")
except ImportError as e:
    print(e)
