# Method calls stay right when the class or the instance changes after
# the call site has run many times.
class A:
    def who(self):
        return "A.who"

    def twice(self, x):
        return 2 * x


a = A()
for i in range(500):
    a.who()
print(a.who(), a.twice(21))
A.who = lambda self: "replaced"
print(a.who())
a.who = lambda: "instance attribute"
print(a.who())
del a.who
print(a.who())
del A.who
try:
    a.who()
except AttributeError as e:
    print("AttributeError:", e)


class B(A):
    pass


b = B()
for i in range(100):
    b.twice(i)
print(b.twice(5))
A.twice = lambda self, x: 3 * x
print(b.twice(5))
B.twice = lambda self, x: 4 * x
print(b.twice(5), a.twice(5))
m = b.twice
print(m(1), [m(i) for i in range(3)])
f = A.twice
print(f(b, 7))
