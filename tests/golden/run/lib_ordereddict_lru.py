# An LRU cache on OrderedDict (move_to_end, popitem(last=False)).
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('evict', evicted)
cache = LRU(2)
cache.put(1, 'one'); cache.put(2, 'two'); print(cache.get(1))
cache.put(3, 'three'); print(cache.get(2), cache.get(3))
cache.put(4, 'four'); print(cache.get(1), cache.get(3), cache.get(4))
print(cache.data)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False); print(list(od))
print(od.popitem(), od.popitem(False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
x = OrderedDict([('z', 1), ('y', 2)]); x.update({'a': 3}); x['z'] = 0; print(x, list(reversed(x)))
del x['y']; print(x, len(x), 'y' in x)
print(repr(OrderedDict()), OrderedDict({'k': [1, 2]}))
