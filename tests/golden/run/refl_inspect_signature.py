# inspect.signature of Python functions
import inspect
def a(x, y=1, *args, z, w=2, **kw): pass
def b(p, /, q, *, r): pass
def c(): pass
def d(*args): pass
def e(**kw): pass
def f(a, b=None, c="s", d=(1, 2), e=[]): pass
def g(x, /): pass
def h(x, /, *, y): pass
def i(*, only): pass
lam = lambda n, m=3: n
class K:
    def __init__(self, v, w=0): pass
    def method(self, a, *rest): pass
    @staticmethod
    def stat(u, v): pass
    @classmethod
    def klass(cls, t): pass
for fn in [a, b, c, d, e, f, g, h, i, lam, K, K().method, K.method, K.stat, K.klass]:
    print(inspect.signature(fn))
sig = inspect.signature(a)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default is inspect.Parameter.empty, p)
print(repr(sig))
print(list(sig.parameters))
print(sig.return_annotation is inspect.Signature.empty)
ba = inspect.signature(f).bind(1, 2, e=5)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
try:
    inspect.signature(b).bind()
except TypeError as exc:
    print("TypeError:", exc)
try:
    inspect.signature(42)
except TypeError as exc:
    print("TypeError:", exc)
p = inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3)
print(p, p.name, p.default, p.kind)
print(inspect.Signature([p]))
try:
    inspect.Parameter("1bad", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as exc:
    print("ValueError:", exc)
