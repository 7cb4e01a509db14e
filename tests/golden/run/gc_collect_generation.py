# gc.collect(generation): 0, 1 and 2 are accepted.
import gc

gc.collect()
print(gc.collect(0), gc.collect(1), gc.collect(2))
print(gc.collect(generation=2))
a = []
a.append(a)
del a
print("full:", gc.collect(2))
for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.collect(1.5)
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(True))
