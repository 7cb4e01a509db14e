# get_threshold/set_threshold (the third threshold is ignored in 3.14).
import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 20)
print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_threshold("10")
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(2000, 10, 0)
print(gc.get_threshold())
