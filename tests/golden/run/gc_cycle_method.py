# A bound method stored on its own instance makes a cycle.
import gc


class Handler:
    def __init__(self, name):
        self.name = name
        self.callback = self.handle

    def handle(self):
        return "handled by " + self.name


gc.collect()
h = Handler("h")
print(h.callback())
del h
print("collected:", gc.collect())
