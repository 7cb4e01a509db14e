# A None entry in sys.modules stops the import.
import sys
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import blocked_module
