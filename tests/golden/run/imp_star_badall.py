# __all__ items must be str.
from imp_pkgs.badall import *
