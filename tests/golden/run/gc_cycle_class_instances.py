# A class-level registry of instances keeps them alive; removing it frees.
import gc


class Registered:
    registry = []

    def __init__(self, n):
        self.n = n
        Registered.registry.append(self)

    def __del__(self):
        print("del", self.n)


gc.collect()
for i in range(3):
    Registered(i)
print("registered", [r.n for r in Registered.registry])
print(gc.collect())
Registered.registry = []
print("cleared")
