# Automatic collection keeps up with a loop making many cycles.
import gc


class Pair:
    pass


for i in range(50_000):
    a = []
    a.append(a)
    p = Pair()
    q = Pair()
    p.q = q
    q.p = p
print("loop done")
del a, p, q
left = gc.collect()
print("a final collect finds only recent garbage:", left <= 10_000)
print(gc.collect())
