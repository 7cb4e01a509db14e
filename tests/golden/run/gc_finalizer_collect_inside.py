# A finalizer may itself allocate and call gc.collect().
import gc


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        tmp = [self.n] * 3
        print("del", self.n, tmp, gc.collect() >= 0)


gc.collect()
a = Noisy(1)
a.me = a
del a
print("collect:", gc.collect())
b = Noisy(2)
del b
print("end")
