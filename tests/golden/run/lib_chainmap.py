# ChainMap: lookups through the maps, writes to the first, new_child/parents.
from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], len(cm), sorted(cm), 'color' in cm, cm.get('x', 'none'))
cm['color'] = 'blue'; print(cli, defaults['color'])
child = cm.new_child({'user': 'child'}); print(child['user'], child.parents['user'], len(child.maps))
print(dict(cm), list(cm.items())[:2] if False else sorted(cm.items()))
print(cm)
del cm['color']; print(cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError:', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError:', e)
print(ChainMap(), ChainMap({'a': 1}) | {'b': 2}, bool(ChainMap({})), bool(ChainMap({}, {'x': 1})))
c2 = cm.copy(); c2['new'] = 1; print('new' in cm, 'new' in c2)
print(ChainMap.fromkeys('ab', 0), cm.pop('zz', 'dflt'))
try:
    ChainMap().popitem()
except KeyError as e:
    print('KeyError:', e)
