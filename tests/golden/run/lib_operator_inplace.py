# In-place operator functions mutate mutable operands and rebind immutable ones.
import operator
lst = [1]; r = operator.iadd(lst, [2, 3]); print(r, lst, r is lst)
t = (1,); r = operator.iadd(t, (2,)); print(r, t, r is t)
s = {1, 2}; operator.iand(s, {2, 3}); print(s)
s2 = {1}; operator.ior(s2, {5}); operator.ixor(s2, {1, 9}); operator.isub(s2, {9}); print(s2)
l2 = [0]; operator.imul(l2, 3); print(l2)
print(operator.ipow(3, 3), operator.imatmul.__name__, operator.itruediv(7, 2), operator.ifloordiv(-7, 2), operator.imod(-7, 3))
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, x): self.v.append(x); return self
    def __add__(self, x): return 'plain add'
a = Acc(); print(operator.iadd(a, 1) is a, a.v, operator.add(a, 1))
print(operator.concat([1], [2]), operator.iconcat([1], (2,)), operator.concat('a', 'b'))
for bad in [lambda: operator.concat(1, [2]), lambda: operator.iconcat({}, {}), lambda: operator.iadd(1, 'a'), lambda: operator.neg('x'), lambda: operator.invert(1.5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
