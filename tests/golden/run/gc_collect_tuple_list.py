# Tuples take part in cycles through a mutable member.
import gc

gc.collect()
t = ([],)
t[0].append(t)
print(t[0][0] is t)
del t
print("tuple and list:", gc.collect())

inner = []
t = (1, "two", inner)
inner.append(t)
del inner, t
print("mixed tuple:", gc.collect())

nested = []
t = ((nested,),)
nested.append(t)
del nested, t
print("nested tuples:", gc.collect())
print("clean:", gc.collect())
