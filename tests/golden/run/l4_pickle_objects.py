# pickle round trips: classes, __reduce__, __getstate__, slots, shared and
# recursive references, files with several pickles, bad input.
import pickle, io, copyreg, collections
class P:
    def __init__(self): self.a = 1; self.b = [1, 2]
    def __eq__(self, o): return type(o) is P and o.__dict__ == self.__dict__
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1; self.y = 'two'
class G:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = st['v'] + 1
class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (R, (self.a, self.b))
class N(int):
    pass
class NA:
    def __new__(cls, x):
        o = object.__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)
rec = [1]; rec.append(rec)
d = {'k': 'v'}
shared = [d, d]
objs = [None, True, False, 0, 1, -5, 2**70, -2**70, 3.25, float('inf'), 1+2j, 'text', 'ünï\u20ac\U0001f600', b'\x00\xff', bytearray(b'ab'),
        (1, 2), (1, (2, (3,))), [1, [2, [3]]], {'a': [1, {'b': 2}]}, {1, 2, 3}, frozenset({'x'}), range(1, 10, 2), slice(1, 2),
        P(), collections.OrderedDict(a=1), collections.Counter('hello'), collections.defaultdict(list, {'a': [1]}),
        ValueError('bad', 3), KeyError('k'), len, P, int, type(None), Ellipsis, NotImplemented, N(5)]
for proto in range(6):
    for o in objs:
        r = pickle.loads(pickle.dumps(o, proto))
        ok = r == o if not isinstance(o, BaseException) else (type(r), r.args) == (type(o), o.args)
        if not ok or type(r) is not type(o): print('MISMATCH', proto, repr(o), repr(r))
    s = pickle.loads(pickle.dumps(S(), proto)) if proto >= 2 else None
    if s: print(proto, s.x, s.y)
    g = pickle.loads(pickle.dumps(G(5), proto)); print(proto, g.v)
    r = pickle.loads(pickle.dumps(R(1, 'x'), proto)); print(proto, r.a, r.b)
    na = pickle.loads(pickle.dumps(NA(9), proto)); print(proto, na.x)
    x = pickle.loads(pickle.dumps(rec, proto)); print(proto, x[1] is x, len(x))
    y = pickle.loads(pickle.dumps(shared, proto)); print(proto, y[0] is y[1], y)
    print(proto, pickle.dumps(R(1, 'x'), proto))
    print(proto, pickle.dumps(G(1), proto))
    print(proto, pickle.dumps(shared, proto))
    print(proto, pickle.dumps(N(5), proto))
    print(proto, pickle.dumps((1+2j, range(3)), proto))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
f = io.BytesIO()
pickle.dump([1, 2], f); pickle.dump('second', f, protocol=0); pickle.dump({3}, f, protocol=2)
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try: pickle.load(f)
except EOFError as e: print('EOFError', e)
for bad in [b'', b'\x80\x05', b'xyz', b'(.', b'\x80\x04\x95\x05\x00\x00']:
    try: print(pickle.loads(bad))
    except Exception as e: print(type(e).__name__, e)
for bad in [(x for x in [])]:
    try: pickle.dumps(bad)
    except Exception as e: print(type(e).__name__, str(e)[:40])
try: pickle.dumps(1, 6)
except Exception as e: print(type(e).__name__, e)
try: pickle.loads('str')
except Exception as e: print(type(e).__name__, e)
print(pickle.PicklingError.__mro__, pickle.UnpicklingError.__module__)
def mkpoint(x): return ('point', x)
class Pt:
    def __init__(self, x): self.x = x
copyreg.pickle(Pt, lambda p: (mkpoint, (p.x,)))
print(pickle.loads(pickle.dumps(Pt(4))))
print(pickle.dumps(1, -1)[:2], pickle.dumps([None]*3, 0))
