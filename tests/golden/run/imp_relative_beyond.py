# A relative import above the top-level package.
try:
    import imp_pkgs.pkg.beyond
except ImportError as e:
    print(type(e).__name__, e)
import imp_pkgs.pkg.beyond
