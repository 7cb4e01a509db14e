# catch_warnings saves and restores filters and showwarning; misuse errors
import warnings

before = list(warnings.filters)
saved_show = warnings.showwarning
cm = warnings.catch_warnings()
print(repr(cm))
print(repr(warnings.catch_warnings(record=True)))
with cm:
    warnings.simplefilter("error")
    warnings.showwarning = lambda *a: print("custom", a[0])
    with warnings.catch_warnings():
        warnings.resetwarnings()
        print(len(warnings.filters))
    print(warnings.filters[0])
print(warnings.filters == before, warnings.showwarning is saved_show)
try:
    with cm:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, warnings.filters == before)
warnings.warn("shown normally")
