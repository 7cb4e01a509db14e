# update(), |=, setdefault and friends with user-hashed keys.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"P{self.x, self.y}"


d = {P(0, 0): "origin"}
d.update({P(0, 0): "zero", P(1, 1): "one"})
print(d)
d.update([(P(1, 1), "uno")])
print(d)
d.update(a=1)
print(d)
d |= {P(2, 2): "two", P(0, 0): "nil"}
print(d)
e = d | {P(2, 2): "dos"}
print(e)
print({P(3, 3): 3} | d)
s = {P(0, 0)}
s.update([P(0, 0), P(1, 0)], {P(1, 0), P(0, 1)})
print(sorted(s, key=lambda p: (p.x, p.y)), len(s))
s |= {P(0, 1), P(5, 5)}
print(len(s))
print(d.setdefault(P(1, 1), "?"), d.pop(P(2, 2)), d.get(P(0, 0)))
print(list(d))
