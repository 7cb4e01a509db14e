# types.SimpleNamespace: error messages name the C type 'types.SimpleNamespace'.
from types import SimpleNamespace
ns = SimpleNamespace(a=1)
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: hash(ns))
attempt(lambda: ns.missing)
attempt(lambda: SimpleNamespace(1, 2))
attempt(lambda: SimpleNamespace(1))
attempt(lambda: SimpleNamespace([1]))
attempt(lambda: SimpleNamespace([(1, 2)]))
attempt(lambda: SimpleNamespace({1: 2}))
attempt(lambda: SimpleNamespace([("a", 1, 2)]))
attempt(lambda: SimpleNamespace(**{}))
attempt(lambda: delattr(ns, "nope"))
attempt(lambda: ns < ns)
attempt(lambda: ns + 1)
attempt(lambda: len(ns))
attempt(lambda: ns())
attempt(lambda: ns[0])
attempt(lambda: iter(ns))
attempt(lambda: {ns})
class Sub(SimpleNamespace):
    pass
attempt(lambda: Sub().missing)
attempt(lambda: hash(Sub()))
attempt(lambda: ns.__replace__(1))
