# A method replaced on the class after the call site warmed up.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


def run(c, k):
    out = []
    for _ in range(k):
        out.append(c.step())
    return out


c = Counter()
print(run(c, 5))


def step_by_ten(self):
    self.n += 10
    return self.n


Counter.step = step_by_ten
print(run(c, 3))
Counter.step = lambda self: -1
print(run(c, 2))
print(c.n)
# A builtin function as a class attribute is not bound.
Counter.step = len
try:
    run(c, 1)
except TypeError as e:
    print("TypeError:", e)
Counter.size = len
print(Counter().size([1, 2, 3]))
