import random

r = random.Random(5)
r.random()
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
r.gauss()
s2 = r.getstate()
print(s2[2] is not None)
g = r.gauss()
r.setstate(s2)
print(g == r.gauss())
try:
    r.setstate((3, (1, 2, 3), None))
except ValueError as e:
    print(e)
try:
    r.setstate((9, (), None))
except ValueError as e:
    print(e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.choices("abc", k=2))
random.seed(100)
x = random.random()
st = random.getstate()
random.seed(100)
print(x == random.random(), random.getstate() == st)
sr = random.SystemRandom()
v = sr.random()
print(0 <= v < 1, 1 <= sr.randint(1, 6) <= 6)
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
