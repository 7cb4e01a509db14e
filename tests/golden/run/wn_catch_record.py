# catch_warnings(record=True): WarningMessage objects
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 7)
print(len(log))
for w in log:
    print(type(w.message).__name__, w.message, w.category.__name__,
          w.filename.rsplit("/", 1)[-1], w.lineno, w.file, w.line, w.source)
m = log[0]
print(str(m).replace(m.filename, "FILE"))
print(repr(m).replace(m.filename, "FILE"))
print(warnings.WarningMessage._WARNING_DETAILS)
wm = warnings.WarningMessage("text", UserWarning, "f.py", 3)
print(wm)
print(warnings.WarningMessage("t", None, "f.py", 3)._category_name)
with warnings.catch_warnings(record=False) as nothing:
    print(nothing)
warnings.warn("printed after the block")
