# __warningregistry__ and _filters_mutated / _filters_version
import warnings

print("__warningregistry__" in globals())
warnings.warn("first")
reg = globals()["__warningregistry__"]
print(sorted((k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg))
print(reg["version"] == warnings._filters_version)
warnings.warn("first")
v = warnings._filters_version
warnings._filters_mutated()
print(warnings._filters_version == v + 1)
warnings.warn("first")
print(len(reg))
warnings.simplefilter("default")
print(reg.get("version") == warnings._filters_version)


def f():
    warnings.warn("from f")


f()
f()
print(len(globals()["__warningregistry__"]))
