class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1, *, label="count"):
        self.n += step
        return f"{label}={self.n}"

c = Counter()
print(c(), c(5), c(label="total"), callable(c), callable(Counter), callable(3))
print(list(map(c, [1, 1])))
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
print(sorted([3, 1, 2], key=Adder(-10)), Adder(2)(Adder(3)(1)))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    c(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *args):
        return f"made {cls.__name__} with {args}"
class Made(metaclass=Meta):
    pass
print(Made(1, 2))
