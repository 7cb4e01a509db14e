# types.ModuleType and types.MethodType can be called
import types
def t(f):
    try:
        print("ok", repr(f()))
    except TypeError as e:
        print("TypeError:", e)
m = types.ModuleType("mymod", "the doc")
print(m, m.__name__, m.__doc__, sorted(vars(m)))
print(m.__spec__, m.__package__, m.__loader__)
m.x = 1
exec("y = x + 1\ndef get(): return y", vars(m))
print(m.y, m.get(), sorted(k for k in dir(m) if not k.startswith("__")))
print(types.ModuleType("n").__doc__)
t(lambda: types.ModuleType())
t(lambda: types.ModuleType(3))
t(lambda: types.ModuleType("m", "doc", 3))
def f(self, a=0):
    return (self, a)
bm = types.MethodType(f, "obj")
print(bm(1), bm(a=2), bm.__self__, bm.__func__ is f, bm.__name__)
class C:
    pass
c = C()
c.meth = types.MethodType(f, c)
print(c.meth()[0] is c)
t(lambda: types.MethodType())
t(lambda: types.MethodType(1, 2))
t(lambda: types.MethodType(len, None))
lm = types.MethodType(len, [1, 2, 3])
print(lm())
