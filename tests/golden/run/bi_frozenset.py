f = frozenset([3, 1, 2, 3])
print(f, type(f).__name__, len(f), 2 in f, 9 in f)
print(frozenset(), frozenset("aab") == frozenset("ab"), repr(frozenset([1])))
print(f | {9}, {9} | f, f & {1, 7}, {1, 7} & f, f - {1}, f ^ {1, 8})
print(type(f | {9}).__name__, type({9} | f).__name__)
print(f.union([4]), f.intersection([1, 2]), f.difference([3]), f.symmetric_difference([3, 4]))
print(f.issubset(range(5)), f.issuperset({1}), f.isdisjoint({7}), f.copy() is f)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, f < f)
d = {frozenset([1, 2]): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), frozenset([1]) in s)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset(f) is f, frozenset({1: 2}))
g = f
g |= {100}
print(f, g, g is f)
nested = frozenset([frozenset([1]), frozenset()])
print(len(nested), frozenset() in nested)
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
f.add(4)
