# Dicts that contain themselves or each other, compared and printed.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f"K{self.v}"


d = {K(1): 1}
d[K(2)] = d
print(d, d == d, K(2) in d)
a = {"k": [K(1)]}
a["self"] = a
print(a == a, len(a))
