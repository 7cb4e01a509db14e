# "once" is global per (text, category); "module" per module
import warnings

warnings.simplefilter("once")
warnings.warn("same text")
warnings.warn("same text")
warnings.warn("same text", RuntimeWarning)
g = {"__name__": "other", "warnings": warnings}
exec("warnings.warn('same text')", g)
print(sorted((k[0], k[1].__name__) for k in warnings.onceregistry))
warnings.resetwarnings()
warnings.simplefilter("module")
warnings.warn("mod text")
warnings.warn("mod text")
exec("warnings.warn('mod text')", g)
exec("warnings.warn('mod text')", g)
reg = globals()["__warningregistry__"]
print(sorted(str(k) for k in reg if not isinstance(k, str)))
