# deepcopy keeps sharing and cycles; the memo is honoured; __deepcopy__ and __copy__ hooks.
import copy
class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
    def __repr__(self):
        return f'Node({self.name}, {[e.name for e in self.edges]})'
a, b, c = Node('a'), Node('b'), Node('c')
a.edges = [b, c]; b.edges = [c, a]; c.edges = [a]
g = copy.deepcopy(a)
print(g, g.edges, g is a, g.edges[0].edges[1] is g, g.edges[1] is g.edges[0].edges[0])
shallow = copy.copy(a); print(shallow.edges is a.edges, shallow is a)
d = {'k': [1, 2]}; d['self'] = d
dd = copy.deepcopy(d); print(dd['self'] is dd, dd['k'] is d['k'], dd['k'] == d['k'])
t = ([1], [2]); tt = copy.deepcopy(t); print(tt, tt[0] is t[0], copy.deepcopy((1, 'a', None)) == (1, 'a', None))
class Tracked:
    def __init__(self, v): self.v = v
    def __deepcopy__(self, memo):
        print('deepcopy hook, memo has', len(memo) > 0)
        return Tracked(copy.deepcopy(self.v, memo))
x = Tracked([1]); y = copy.deepcopy([x, x]); print(y[0] is y[1], y[0].v, y[0].v is x.v)
memo = {}
lst = [1, 2]
c1 = copy.deepcopy(lst, memo); c2 = copy.deepcopy(lst, memo); print(c1 is c2, id(lst) in memo)
class Base:
    def __init__(self): self.items = {'a': [1]}
class Sub(Base):
    def __init__(self): super().__init__(); self.extra = (1, [2])
s = copy.deepcopy(Sub()); print(type(s).__name__, s.items, s.extra, isinstance(s, Base))
fs = frozenset([1, 2]); print(copy.deepcopy(fs) is fs, copy.copy(fs) is fs, copy.deepcopy(range(3)))
nested = [[[0]] * 2] * 2; n2 = copy.deepcopy(nested); n2[0][0][0] = 9; print(nested, n2)
