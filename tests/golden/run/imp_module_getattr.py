# A module's __getattr__ answers for missing attributes (PEP 562).
import imp_pkgs.lazy as lazy
print(lazy.eager, lazy.lazy_one)
print(getattr(lazy, "lazy_two"), hasattr(lazy, "other"))
from imp_pkgs.lazy import lazy_three
print(lazy_three)
print(lazy.__doc__)
try:
    lazy.missing
except AttributeError as e:
    print(e)
from imp_pkgs.lazy import missing
