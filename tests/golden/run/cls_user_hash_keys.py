class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"K({self.v})"


d = {K(1): "a", K(2): "b"}
print(d[K(1)], K(2) in d, K(3) in d, len(d))
d[K(1)] = "A"
d[K(3)] = "c"
print(d, len(d))
del d[K(2)]
print(d)
s = {K(1), K(1), K(2)}
print(len(s), K(2) in s, K(5) in s)
print(len({K(i % 3) for i in range(10)}), {K(i % 2): i for i in range(5)})
memo = {}
for i in [1, 2, 1, 3, 2, 1]:
    memo[K(i)] = memo.get(K(i), 0) + 1 if False else (memo[K(i)] + 1 if K(i) in memo else 1)
print(memo)
try:
    d[K(9)]
except KeyError as e:
    print("KeyError:", e)


class H:
    def __hash__(self):
        return 1


a, b = H(), H()
print(len({a, b}), len({a, a}))
m = {K(1): "x"}
print(m.get(K(1)), m.get(K(7), "dflt"), m.setdefault(K(1), "y"), m.setdefault(K(2), "z"))
print(m.pop(K(1)), m)
st = {K(1)}
st.add(K(1))
st.add(K(4))
st.discard(K(1))
print(st)
st.remove(K(4))
print(st)
st.remove(K(4))
