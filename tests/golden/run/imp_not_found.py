# ModuleNotFoundError: message, name, class hierarchy; then uncaught.
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import imp_pkgs.no_such_sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from imp_pkgs import no_such_sub
except ImportError as e:
    import os
    print(type(e).__name__, str(e).replace(os.path.dirname(__file__) + "/", ""))
try:
    from no_such_pkg.mod import thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
import also_missing.sub
