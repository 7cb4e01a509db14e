# 1 == 1.0 == True: one key. Big ints and integral floats too.
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, d[True], d[1.0])
d = {True: 'bool'}
d[1] = 'int'
print(d)
s = {True, 1, 1.0}
print(s, {1, True}, {1.0, 1})
print({2: 'a'}[2.0], {2.0: 'b'}[2], 2.5 in {2: 1})
big = 2 ** 60
print({big: 'x'}[float(big)], float(2 ** 53) in {2 ** 53: 1})
print(2 ** 64 in {2.0 ** 64: 1}, {2.0 ** 64: 'f'}.get(2 ** 64))
print(2 ** 53 + 1 in {float(2 ** 53 + 1): 1})
print({(1, 2): 'tuple'}[(1.0, True + 1)], {(True,): 't'}[(1,)])
print({frozenset({1}): 'fs'}[frozenset({1.0})])
print({1 + 0j: 'complex'}[1], {1: 'i'}[complex(1, 0)], {True: 'b'}.get(1 + 0j))
print({1: 'a', 2: 'b'} == {1.0: 'a', 2.0: 'b'}, {True, False} == {0, 1})
cnt = {}
for k in [1, 1.0, True, 2, 2.0, 3.5]:
    cnt[k] = cnt.get(k, 0) + 1
print(cnt)
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(2.0 ** 64))
print(set([1, True, 1.0, 0, False]) | {2.0})
print({10 ** 20: 1}.get(1e20), 10 ** 20 == 1e20, {1e20: 'f'}.get(100000000000000000000))
l = [1, 2, 3]
print(l.index(2.0), l.count(True), 3.0 in l)
