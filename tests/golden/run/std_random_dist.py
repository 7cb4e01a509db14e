import random

r = random.Random(31337)
print(r.uniform(1, 3), r.uniform(5, -5), r.triangular(), r.triangular(0, 10, 3), r.triangular(2, 2))
print(r.gauss(), r.gauss(10, 2), r.gauss(), r.normalvariate(), r.normalvariate(5, 0.5))
print(r.expovariate(), r.expovariate(2.5), r.lognormvariate(0, 1))
print(r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2))
print(r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0), r.paretovariate(3), r.weibullvariate(1, 2))
print([r.binomialvariate(10, 0.3) for _ in range(8)], r.binomialvariate(5, 0), r.binomialvariate(5, 1))
print([round(r.random(), 6) for _ in range(5)])
try:
    r.gammavariate(-1, 1)
except ValueError as e:
    print(e)
