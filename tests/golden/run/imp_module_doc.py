"""The main script's docstring."""
# Module docstrings become __doc__.
print(__doc__)
import imp_pkgs.lazy as lazy, imp_pkgs.plain as plain
print(lazy.__doc__)
print(plain.__doc__)
