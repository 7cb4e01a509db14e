# Dicts in cycles.
import gc

gc.collect()
d = {}
d["self"] = d
print(d)
del d
print("self dict:", gc.collect())

a = {"name": "a"}
b = {"name": "b", "a": a}
a["b"] = b
del a, b
print("dict pair:", gc.collect())

# A dict holding a list holding the dict.
d = {"items": []}
d["items"].append(d)
del d
print("dict and list:", gc.collect())

# Keys can be part of the cycle too (a tuple key holding a list).
holder = []
d = {(1, 2): holder}
holder.append(d)
del holder, d
print("via value:", gc.collect())
print("nothing left:", gc.collect())
