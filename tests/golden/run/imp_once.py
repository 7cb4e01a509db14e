# A module's code runs once; later imports reuse sys.modules.
import sys
import imp_pkgs.once
import imp_pkgs.once
from imp_pkgs import once
from imp_pkgs.once import count
print(once is sys.modules["imp_pkgs.once"])
once.count += 1
import imp_pkgs.once as again
print(again.count)
del sys.modules["imp_pkgs.once"]
import imp_pkgs.once as fresh
print(fresh is again, fresh.count, again.count)
print("imp_pkgs" in sys.modules, "imp_pkgs.once" in sys.modules)
