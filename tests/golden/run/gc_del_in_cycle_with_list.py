# Finalizers of several objects in one garbage cycle all run, once.
import gc

log = []


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


gc.collect()
objs = [Obj(i) for i in range(5)]
for o in objs:
    o.all = objs
del objs, o
print("collect:", gc.collect())
print(sorted(log))
print("again:", gc.collect(), sorted(log))
