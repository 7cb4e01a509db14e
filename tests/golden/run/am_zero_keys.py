# 0, 0.0, -0.0 and False are one key; the first key stored stays.
d = {0: 'int'}
d[0.0] = 'float'
d[-0.0] = 'negzero'
d[False] = 'bool'
print(d, len(d), list(d))
d2 = {-0.0: 'a', 0: 'b', False: 'c'}
print(d2)
d3 = {False: 1}
d3[0] = 2
print(d3, d3[-0.0], d3.get(0.0), -0.0 in d3)
s = {-0.0, 0, False, 0.0}
print(s, len(s))
s2 = {False}
s2.add(-0.0)
print(s2)
print({0: 1} == {-0.0: 1}, {False} == {0.0}, hash(-0.0), hash(0.0), hash(False))
print(dict.fromkeys([0.0, 0, False, -0.0]))
print(0 in {-0.0}, -0.0 in {False: 1}, (0, -0.0) in {(False, 0): 'x'})
print({(0,): 1, (0.0,): 2, (-0.0,): 3})
print({0j: 'c', 0: 'i'}, {complex(-0.0, 0.0): 1, 0: 2})
d4 = {}
for k in [0, False, 0.0, -0.0]:
    d4[k] = d4.get(k, 0) + 1
print(d4)
d5 = {-0.0: 'neg'}
print(d5.pop(0), d5)
print(frozenset({0}) == frozenset({False}), frozenset({-0.0}))
