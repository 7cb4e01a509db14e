# Class calls mixing defaults, keywords, *args and **kwargs with the
# positional fast path; CPython's messages for wrong calls.
class Point:
    def __init__(self, x, y=10, *, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


class Plain:
    def __init__(self, a, b=2, c=3):
        self.t = (a, b, c)


print([Plain(1).t, Plain(1, 5).t, Plain(1, 5, 6).t, Plain(a=4).t, Plain(1, c=9).t])
print(Plain(*[7, 8]).t, Plain(**{"a": 1, "b": 0}).t)
print(Point(1), Point(1, 2), Point(1, z=3), Point(*(4, 5)), Point(x=1, y=2, z=3))
for call in [lambda: Plain(), lambda: Plain(1, 2, 3, 4), lambda: Plain(1, a=2),
             lambda: Plain(1, d=5), lambda: Point(1, 2, 3), lambda: Point()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Var:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


v = Var(1, 2, k=3)
print(v.args, v.kwargs)
total = 0
for i in range(50):
    total += Plain(i).t[0] + Plain(i, i).t[1]
print(total)
