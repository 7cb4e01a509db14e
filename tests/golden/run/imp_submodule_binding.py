# Importing a submodule binds it on its parent package.
import imp_pkgs
print(hasattr(imp_pkgs, "plain"))
import imp_pkgs.plain
print(hasattr(imp_pkgs, "plain"), imp_pkgs.plain.value)
from imp_pkgs.pkg import deep
print(deep.__name__, hasattr(imp_pkgs, "pkg"), imp_pkgs.pkg.deep is deep)
import imp_pkgs.pkg.deep.leaf as leaf
print(deep.leaf is leaf)
