# __eq__ returning NotImplemented or non-bools; keys of classes with only
# __hash__ (identity equality) or only __eq__ (unhashable).
class N:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 3

    def __eq__(self, o):
        return NotImplemented

    def __repr__(self):
        return f"N{self.v}"


a, b = N(1), N(2)
print(len({a, b}), len({a, a}), {a: 1}.get(b), {a: 1}.get(a))


class OnlyHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


x, y = OnlyHash(1), OnlyHash(1)
print(len({x, y}), x in {x}, y in {x}, {x: "x"}.get(y))


class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__)
for f in (lambda: {OnlyEq()}, lambda: {OnlyEq(): 1}, lambda: OnlyEq() in {1: 2}, lambda: hash(OnlyEq())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 0

    def __eq__(self, o):
        return [1] if self.v == o.v else []


print(len({Truthy(1), Truthy(1), Truthy(2)}))
