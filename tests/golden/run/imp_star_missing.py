# __all__ naming a missing attribute.
try:
    from imp_pkgs.missingall import *
except AttributeError as e:
    print(type(e).__name__, e)
print(here)
