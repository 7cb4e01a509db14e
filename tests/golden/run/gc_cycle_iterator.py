# Iterators hold their container: a list holding its own iterator.
import gc

gc.collect()
l = [1, 2]
it = iter(l)
l.append(it)
print(next(it), next(it), next(it) is it)
del l, it
print("collected:", gc.collect())

d = {}
d["keys"] = d.keys()
print(list(d["keys"]))
del d
print("collected:", gc.collect())
