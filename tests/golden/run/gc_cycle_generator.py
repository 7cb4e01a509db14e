# A generator that has not started yet, in a cycle with its argument.
import gc


def gen(box):
    yield len(box)
    yield "second"


gc.collect()
box = []
g = gen(box)
box.append(g)
del box, g
print("collected:", gc.collect())

boxes = []
for i in range(3):
    b = [i]
    b.append(gen(b))
    boxes.append(b)
print([next(b[1]) for b in boxes])
boxes.clear()
print("cleared")
