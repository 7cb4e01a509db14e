# Calls of instances, bound methods stored away, and class attributes that
# are callables of other kinds.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add3 = Adder(3)
print([add3(i) for i in range(5)])
Adder.__call__ = lambda self, x: x * self.n
print([add3(i) for i in range(5)])


class Holder:
    pass


h = Holder()
h.f = add3
h.g = Adder(10).__init__
print(h.f(2), h.g(7), h.f.__class__.__name__)
Holder.cls_callable = Adder
print(h.cls_callable(1).n)
Holder.b = print
h.b("builtin not bound")
Holder.t = tuple
print(h.t("ab"))
try:
    Holder()(1)
except TypeError as e:
    print("TypeError:", e)
