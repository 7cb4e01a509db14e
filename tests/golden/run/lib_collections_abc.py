import collections.abc as cabc
from collections.abc import Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Callable, Sized, Container, Generator, Collection, Reversible
from collections import deque, OrderedDict, Counter, defaultdict
def g(): yield 1
checks = [([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence), ('s', Sequence), (range(3), Sequence),
          ({}, Mapping), ({}, MutableMapping), (set(), Set), (set(), MutableSet), (frozenset(), Set), (frozenset(), MutableSet),
          ([], Iterable), (iter([]), Iterator), ([], Iterator), (g(), Generator), (g(), Iterator), (3, Hashable), ([], Hashable),
          (len, Callable), (lambda: 0, Callable), (3, Callable), ([], Sized), ({}.keys(), Set), ({}.items(), Set), ({}.values(), Sized),
          (deque(), MutableSequence), (OrderedDict(), MutableMapping), (Counter(), Mapping), (defaultdict(), dict), (b'', Sequence),
          ('x', Collection), ([], Reversible), (3, Iterable), ({}, Container), (int, Callable), ({}, Hashable)]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sequence), issubclass(str, Hashable))
class MyIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyLen:
    def __len__(self): return 0
class Unhash:
    def __eq__(self, o): return True
print(isinstance(MyIter(), Iterator), isinstance(MyIter(), Iterable), isinstance(OnlyLen(), Sized), isinstance(OnlyLen(), Iterable))
print(isinstance(Unhash(), Hashable), isinstance(MyIter(), Hashable), issubclass(MyIter, Iterator))
class Seq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(3), s.count(2), list(reversed(s)), len(s), isinstance(s, Sequence), isinstance(s, MutableSequence))
class Map(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = Map(a=1, b=2)
print(dict(m), m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.values()), list(m.items()), m == {'a': 1, 'b': 2})
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm['x'] = 1; mm.update(y=2, z=3); mm.setdefault('w', 0); print(dict(mm), mm.pop('x'), mm.popitem(), len(mm))
class MySet(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet('abc'), MySet('bcd')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet('abcd'), a == MySet('cba'), a.isdisjoint(MySet('xy')))
class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)
class Reg: pass
Sequence.register(Reg); print(isinstance(Reg(), Sequence), issubclass(Reg, Iterable) if False else '', isinstance(Reg(), MutableSequence))
print(Sequence, cabc.Mapping.__module__)
