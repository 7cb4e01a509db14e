# the default filters: DeprecationWarning shown only in __main__, others ignored
import warnings

for f in warnings.filters:
    print(f)
print(warnings.defaultaction)
print(warnings.onceregistry)
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("syntax", SyntaxWarning)
# a module other than __main__: DeprecationWarning is ignored
g = {"__name__": "othermod", "warnings": warnings}
exec("warnings.warn('dep in othermod', DeprecationWarning)", g)
exec("warnings.warn('user in othermod')", g)
print(sorted(k for k in g if k != "__builtins__"))
print("end")
