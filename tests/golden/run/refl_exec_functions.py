# functions and classes defined by exec'd code
g = {"__name__": "mod_x"}
exec("""
def f(a, b=2):
    return a + b + K
K = 100
class C:
    attr = 1
    def m(self):
        return f(self.attr)
""", g)
f = g["f"]
print(f(1), f.__module__, f.__globals__ is g, f.__name__)
C = g["C"]
print(C.__module__, C.__name__, C().m())
g["K"] = 0
print(f(1))
h = {}
exec("def f(): return 1", h)
print(h["f"].__module__)
exec("class D: pass", h)
print(h["D"].__module__)
# closures inside exec'd code
exec("""
def outer():
    n = 3
    def inner():
        return n * 2
    return inner
res = outer()()
""", h)
print(h["res"])
# lambda and comprehension see exec globals
exec("sq = [v * v for v in range(4)]\nlam = lambda t: t + len(sq)", h)
print(h["sq"], h["lam"](1))
