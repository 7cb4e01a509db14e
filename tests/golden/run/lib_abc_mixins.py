# collections.abc mixin methods on user classes; isinstance via __subclasshook__ and register.
from collections.abc import Sequence, MutableSequence, MutableMapping, Set, MutableSet, Iterable, Iterator, Sized, Container, Hashable, Callable, Reversible, Collection
class Ring(Sequence):
    def __init__(self, items): self._items = list(items)
    def __len__(self): return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self._items[i])
        return self._items[i % len(self._items)] if i < len(self._items) else self._items[i]
r = Ring('abc')
print(list(r), r.index('c'), r.count('a'), 'b' in r, list(reversed(r)), len(r))
class TypedList(MutableSequence):
    def __init__(self): self._d = []
    def __len__(self): return len(self._d)
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = int(v)
    def __delitem__(self, i): del self._d[i]
    def insert(self, i, v): self._d.insert(i, int(v))
    def __repr__(self): return f'TypedList({self._d})'
t = TypedList(); t.append('1'); t.extend([2.5, '3']); t += [4]; t.reverse(); print(t, t.pop(), t.pop(0), t)
t.remove(2); print(t, len(t))
t.clear(); print(t)
class Bag(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
    def __repr__(self): return f'Bag({sorted(self._s)})'
b = Bag([1, 2, 3]); b |= {4}; b -= {1}; b ^= {2, 9}; print(b, Bag([1]) <= Bag([1, 2]), b & {3, 4}, b.isdisjoint([7]))
b.remove(3); print(b, b.pop(), b)
class Reg(dict):
    pass
class Counter2:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __call__(self): return 'called'
c2 = Counter2()
print(isinstance(c2, Iterator), isinstance(c2, Iterable), isinstance(c2, Callable), isinstance(c2, Sized), isinstance(c2, Hashable))
print(isinstance(Reg(), MutableMapping), issubclass(Reg, Container), isinstance(r, Reversible), isinstance(r, Collection))
class Point:
    pass
Set.register(Point)
print(isinstance(Point(), Set), issubclass(Point, Set), issubclass(Point, MutableSet))
try:
    class Partial(Sequence):
        def __len__(self): return 0
    Partial()
except TypeError as e:
    print('TypeError:', e)
