# A relative import in the main script has no parent package.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .imp_pkgs import plain
except ImportError as e:
    print(e)
from .. import x
