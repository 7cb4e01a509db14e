# catch_warnings(action=..., category=..., lineno=..., append=...)
import warnings

with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored")
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    warnings.warn("user still shown")
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", e)
with warnings.catch_warnings(record=True, action="always") as log:
    for i in range(3):
        warnings.warn("again")
print(len(log), [str(w.message) for w in log])
with warnings.catch_warnings(action="ignore", append=True) as x:
    print(x, warnings.filters[-1])
    warnings.warn("appended ignore comes after the defaults")
try:
    with warnings.catch_warnings(action="bogus"):
        pass
except ValueError as e:
    print("ValueError:", e)
print(len(warnings.filters))
