# gc.enable/disable/isenabled; an explicit collect works while disabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.collect()
for i in range(10):
    a = []
    a.append(a)
del a
print("while disabled:", gc.collect())
gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
try:
    gc.enable(1)
except TypeError as e:
    print(e)
