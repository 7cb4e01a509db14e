# the filters list is a plain list programs may edit or replace
import warnings

print(type(warnings.filters).__name__, len(warnings.filters))
warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
warnings._filters_mutated()
try:
    warnings.warn("direct insert")
except UserWarning as e:
    print("raised:", e)
warnings.filters = [("ignore", None, Warning, None, 0)]
warnings.warn("replaced list ignores")
warnings.filters = []
warnings.warn("empty list uses defaultaction")
warnings.defaultaction = "error"
try:
    warnings.warn("defaultaction error")
except UserWarning as e:
    print("raised:", e)
warnings.defaultaction = "default"
warnings.filters = [("sometimes", None, Warning, None, 0)]
try:
    warnings.warn("unknown action")
except RuntimeError as e:
    print("RuntimeError:", e)
del warnings.filters
warnings.warn("no filters attribute")
print("end")
