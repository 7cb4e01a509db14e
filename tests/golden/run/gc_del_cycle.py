# __del__ of objects in cycles runs when the collector finds them.
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "partner", self.other.n)


gc.collect()
a = A(1)
b = A(2)
a.other = b
b.other = a
del a, b
print("cycle unreachable, not yet finalized")
print("collected:", gc.collect())
print("again:", gc.collect())

x = A(3)
x.other = x
del x
print("collected:", gc.collect())
