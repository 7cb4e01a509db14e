# Importing a deep submodule runs each package's __init__ first, in order.
import imp_pkgs.pkg.deep.leaf
print("done", imp_pkgs.pkg.deep.leaf.leaf_value)
