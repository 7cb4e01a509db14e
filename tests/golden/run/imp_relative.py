# Relative imports inside a package (. and .. forms).
import imp_pkgs.pkg as pkg
print(pkg.pkg_value, pkg.sub.sub_value, pkg.renamed)
from imp_pkgs.pkg import sibling
print(sibling.sibling_value)
from imp_pkgs.pkg.deep import leaf
print(leaf.leaf_value, leaf.sub is pkg.sub)
import imp_pkgs.pkg.deep.leaf
print(imp_pkgs.pkg.deep.leaf is leaf)
