# cached_property: computed once per instance, stored in the instance dict, resettable.
from functools import cached_property
class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def stats(self):
        """Mean and spread."""
        print('computing stats')
        n = len(self.values)
        return sum(self.values) / n, max(self.values) - min(self.values)
d = Dataset([1, 5, 9])
print(d.stats, d.stats, 'stats' in d.__dict__)
d.values.append(100); print(d.stats)
del d.stats; print(d.stats)
d.stats = 'overridden'; print(d.stats)
e = Dataset([2, 2]); print(e.stats)
print(type(Dataset.stats).__name__, Dataset.stats.__doc__, Dataset.stats.attrname)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print('TypeError:', e)
