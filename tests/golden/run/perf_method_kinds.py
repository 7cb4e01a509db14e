# Every kind of class attribute read through instances in a hot loop.
class K:
    count = 0
    name = "k"
    ratio = 0.5
    big = 10**30
    pair = (1, 2)
    nothing = None

    def method(self):
        return "m"

    @staticmethod
    def stat(x):
        return x * 2

    @classmethod
    def cm(cls):
        return cls.__name__

    @property
    def prop(self):
        return "p"


class Sub(K):
    pass


def sample(o):
    return (o.count, o.name, o.ratio, o.big, o.pair, o.nothing, o.method(),
            o.stat(3), o.cm(), o.prop)


for obj in [K(), Sub(), K()]:
    print(sample(obj))
k = K()
m1, m2 = k.method, k.method
print(m1 == m2, m1 is m2, m1() == m2())
k.count = 5
print(k.count, K.count, Sub().count)
K.count += 1
print(K().count, Sub().count, k.count)
f = k.stat
print(f(4), K.stat(5), Sub.cm(), k.cm())
