# Dict subscription finds a user-hashed key equal to a float/int key, and
# multiplying a sequence by a user object without __index__ names the type.
class Half:
    def __eq__(self, other):
        return other == 0.5

    def __hash__(self):
        return hash(0.5)

    def __repr__(self):
        return "Half()"


d = {Half(): "found"}
print(d[0.5], d.get(0.5), 0.5 in d)
try:
    d[0.25]
except KeyError as e:
    print("KeyError", e)


class A:
    def __mul__(self, other):
        return NotImplemented


for f in [lambda: A() * "a", lambda: "a" * A(), lambda: A() * [1], lambda: (1,) * A(), lambda: b"x" * A(), lambda: object() * "a"]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
