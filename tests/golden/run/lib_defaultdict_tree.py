# defaultdict: nested trees, grouping, a custom factory, __missing__ in subclasses.
from collections import defaultdict
def tree():
    return defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
t['z']
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(t))
groups = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    groups[word[0]].append(word)
print(dict(groups))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()), counts['missing'], len(counts))
sets = defaultdict(set)
sets['k'].add(1); sets['k'].add(1); sets['j'].add(2); print(sets)
factory_calls = []
def factory():
    factory_calls.append(1)
    return len(factory_calls)
d = defaultdict(factory)
print(d['a'], d['b'], d['a'], d.get('c'), 'c' in d, factory_calls)
d.default_factory = None
try:
    d['zz']
except KeyError as e:
    print('KeyError:', e)
class Lower(defaultdict):
    def __missing__(self, key):
        return key.lower()
lw = Lower(None)
print(lw['ABC'], dict(lw))
print(defaultdict(list, [('a', [1])]), defaultdict(int, a=1) == {'a': 1}, type(defaultdict(int).copy()).__name__)
print(isinstance(defaultdict(), dict), defaultdict.__name__, defaultdict().default_factory)
