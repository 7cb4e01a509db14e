# An exception while a module runs: the traceback goes through both files,
# and the module is not left in sys.modules.
import sys
try:
    import imp_pkgs.raises
except ZeroDivisionError as e:
    print("caught:", e)
print("imp_pkgs.raises" in sys.modules)
import imp_pkgs.raises
