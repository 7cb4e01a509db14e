# The suggestion comes from the top-level package (as CPython's traceback
# imports it again).
from imp_pkgs.plain import doubel
