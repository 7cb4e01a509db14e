# A list that contains itself is freed only by the cycle collector.
import gc

gc.collect()
a = []
a.append(a)
print(len(a), a[0] is a)
print(a)
del a
print("collected:", gc.collect())
print("again:", gc.collect())

# Two lists referring to each other.
x = [1]
y = [2]
x.append(y)
y.append(x)
del x, y
print("pair:", gc.collect())

# A cycle still referenced from a variable is not garbage.
keep = []
keep.append(keep)
print("kept:", gc.collect())
print(keep[0][0][0] is keep)
