# warn_explicit: module derived from the file name, registries, messages as Warning instances
import warnings

warnings.simplefilter("always")
warnings.warn_explicit("plain", UserWarning, "some/file.py", 10)
warnings.warn_explicit("no module", UserWarning, "", 3)
warnings.warn_explicit(RuntimeWarning("instance wins"), UserWarning, "f.py", 4)
reg = {}
warnings.resetwarnings()
warnings.warn_explicit("once per key", UserWarning, "f.py", 5, registry=reg)
warnings.warn_explicit("once per key", UserWarning, "f.py", 5, registry=reg)
print(reg)
warnings.filterwarnings("error", module="mymod")
try:
    warnings.warn_explicit("module matched", UserWarning, "mymod.py", 1)
except UserWarning as e:
    print("error via module name:", e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1, module_globals=5)
except TypeError as e:
    print("TypeError:", e)
warnings.warn_explicit("lineno as str", UserWarning, "g.py", "7")
