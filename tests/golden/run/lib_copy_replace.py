# copy.replace (3.13) on namedtuples and classes with __replace__; copy of user containers.
import copy
from collections import namedtuple, OrderedDict, Counter, defaultdict, deque
Point = namedtuple('Point', 'x y z', defaults=[0])
p = Point(1, 2)
print(copy.replace(p, z=5), copy.replace(p), p._replace(x=9))
class Config:
    def __init__(self, host, port):
        self.host, self.port = host, port
    def __replace__(self, **changes):
        return Config(changes.get('host', self.host), changes.get('port', self.port))
    def __repr__(self):
        return f'Config({self.host!r}, {self.port})'
print(copy.replace(Config('localhost', 80), port=8080))
for obj in [1, 'text', [1], {'a': 1}]:
    try:
        copy.replace(obj)
    except TypeError as e:
        print('TypeError:', e)
od = OrderedDict(a=[1]); od2 = copy.copy(od); od3 = copy.deepcopy(od)
print(od2, type(od2).__name__, od2['a'] is od['a'], od3['a'] is od['a'])
cnt = Counter('aab'); print(copy.copy(cnt), type(copy.deepcopy(cnt)).__name__)
dd = defaultdict(list, k=[1]); dd2 = copy.deepcopy(dd); dd2['new'].append(1); print(dd2, dd2.default_factory, dd)
dq = deque([[1]], maxlen=4); dq2 = copy.deepcopy(dq); print(dq2, dq2.maxlen, dq2[0] is dq[0], copy.copy(dq)[0] is dq[0])
