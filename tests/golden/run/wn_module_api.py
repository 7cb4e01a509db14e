# module-level API: __all__, _deprecated, catch_warnings(module=...), _warn_unawaited_coroutine
import sys
import types
import warnings

print(warnings.__all__)
print(warnings.defaultaction, type(warnings.onceregistry).__name__)
warnings.simplefilter("always")


def old():
    warnings._deprecated("old", remove=(3, 20))


def caller():
    old()


caller()
try:
    warnings._deprecated("gone", remove=(3, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
warnings._deprecated.__name__
fake = types.ModuleType("fakewarnings")
fake.filters = []
fake.showwarning = warnings.showwarning
fake._showwarnmsg_impl = warnings._showwarnmsg_impl
fake._showwarning_orig = warnings._showwarning_orig
fake._filters_mutated_lock_held = lambda: None
fake.simplefilter = lambda *a: print("fake simplefilter", a)
cm = warnings.catch_warnings(module=fake, record=True, action="ignore")
print(repr(cm).startswith("catch_warnings(record=True, module=<module 'fakewarnings'"))
with cm as log:
    print(log, fake.filters)
print(fake.filters)
warnings.warn("real module still works")
