# Importing below a module that is not a package.
try:
    import imp_pkgs.plain.inner
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from imp_pkgs.plain.inner import x
except ModuleNotFoundError as e:
    print(e)
import math.floor
