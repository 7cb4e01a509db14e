# inspect predicates
import inspect
def f(): pass
def gen(): yield 1
async def co(): pass
async def agen(): yield 1
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def k(cls): pass
objs = [("f", f), ("gen", gen), ("gen()", gen()), ("co", co), ("agen", agen), ("C", C), ("C()", C()),
        ("C().m", C().m), ("C.m", C.m), ("C.s", C.s), ("C.k", C.k), ("len", len), ("[].append", [].append),
        ("inspect", inspect), ("f.__code__", f.__code__), ("lambda", lambda: 0), ("int", int), ("1", 1)]
preds = ["isfunction", "isclass", "ismethod", "isgenerator", "isgeneratorfunction", "iscoroutinefunction",
         "isasyncgenfunction", "isbuiltin", "isroutine", "ismodule", "iscode"]
for name, obj in objs:
    print(name.ljust(12), "".join("1" if getattr(inspect, p)(obj) else "." for p in preds))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isgenerator(x for x in ()))
