# nested catch_warnings with record: the innermost list gets the warnings
import warnings

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer 2")
    with warnings.catch_warnings():
        warnings.warn("outer 3 from a non-recording block")
print([str(w.message) for w in outer])
print([str(w.message) for w in inner])
saved = warnings.showwarning
with warnings.catch_warnings(record=True) as log:
    print(warnings.showwarning is warnings._showwarning_orig)
    warnings.showwarning = lambda *a: print("hook inside record", a[0])
    warnings.warn("through the hook", UserWarning)
print(warnings.showwarning is saved, len(log))
