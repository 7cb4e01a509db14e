# Importing a module from the script's folder: attributes, aliases, from-imports.
import imp_pkgs.plain
print(imp_pkgs.plain.value, imp_pkgs.plain.double(21), imp_pkgs.plain.items)
import os
print(repr(imp_pkgs.plain).replace(os.path.dirname(__file__) + "/", ""))
print(imp_pkgs.plain.Thing())
import imp_pkgs.plain as p
print(p is imp_pkgs.plain, p.value)
from imp_pkgs.plain import double, value as v, _private
print(double(5), v, _private)
from imp_pkgs import plain
print(plain is p)
print(type(p).__name__)
