# "cannot import name" from a source module, with its file path.
import os
here = os.path.dirname(__file__) + "/"
try:
    from imp_pkgs.plain import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, ""))
    print(e.name, e.name_from)
try:
    from imp_pkgs.plain import value, nothing_either
except ImportError as e:
    print(str(e).replace(here, ""))
print(value)
from imp_pkgs.plain import missing_name
