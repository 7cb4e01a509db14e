# filterwarnings("error", category=DeprecationWarning) and a chained traceback
import warnings

warnings.filterwarnings("error", category=DeprecationWarning)


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


try:
    old_api()
except DeprecationWarning as e:
    print("caught:", e, type(e).__mro__)
try:
    old_api()
except DeprecationWarning:
    raise ValueError("converted")
