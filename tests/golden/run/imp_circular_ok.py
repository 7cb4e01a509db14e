# Circular imports of whole modules work; names are looked up later.
import imp_pkgs.ok_a
import imp_pkgs.ok_b
print(imp_pkgs.ok_a.use_b(), imp_pkgs.ok_b.use_a())
import sys
print(sorted(k for k in sys.modules if k.startswith("imp_pkgs.ok")))
