# from package import * imports the submodules listed in __all__.
import sys
from imp_pkgs.star_pkg import *
print(one.ONE, two.TWO, top_value)
print("imp_pkgs.star_pkg.three" in sys.modules)
from imp_pkgs.star_pkg import three
print(sorted(k for k in sys.modules if k.startswith("imp_pkgs.star_pkg")))
