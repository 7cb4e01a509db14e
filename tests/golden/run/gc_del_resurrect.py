# A finalizer may resurrect its object; __del__ still runs only once.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


p = Phoenix("refcount")
del p
print(len(saved), saved[0].name)
saved.clear()
print("cleared, no second __del__")

gc.collect()
q = Phoenix("cycle")
q.me = q
del q
print("collect:", gc.collect())
print(len(saved), saved[0].name, saved[0].me is saved[0])
saved.clear()
print("collect after clear:", gc.collect())
print(len(saved))
