# Code loaded from a cache file is the code that was compiled: every kind
# of constant, nested functions, closures, generators, classes, defaults
# and code object attributes read back the same.
import os
import sys
import math
import shutil
import tempfile
import importlib

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
source = '''
"""Module doc."""
INTS = (0, 1, -1, 2**31, -2**63, 2**64 + 7, -(10**40), 0x7fffffffffffffff)
FLOATS = (0.0, -0.0, 1.5, 1e300, -1e-300, float("inf"), 2.5e-320)
SPECIAL = (1e400, -1e400)
COMPLEX = (1j, -2.5j, 3 + 4j)
TEXT = ("", "ascii", "h\\u00e9llo", "\\u65e5\\u672c", "\\U0001f40d", "x" * 300)
BYTES = (b"", b"\\x00\\xff", bytes(range(10)))
NESTED = ((1, (2, (3, ("four", None, True, False, ...)))), ())
def members(x):
    return x in {1, 2, "three", 4.0, b"five", None}
def defaults(a, b=(1, 2), *args, c="kw", d=2**70, **kw):
    "Docstring."
    return a, b, args, c, d, kw
def outer(n):
    total = 0
    def inner(k):
        nonlocal total
        total += k
        return total
    return inner
def gen(n):
    for i in range(n):
        yield i * i
async def coro():
    return 42
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.sides})"
class Square(Shape):
    sides = 4
    def area(self, side=2):
        return side ** 2
def handler(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return repr(e)
    finally:
        pass
def comprehensions(n):
    return ([i for i in range(n)], {i: i % 3 for i in range(n)},
            {i % 2 for i in range(n)}, list(i * 2 for i in range(n)))
def matcher(v):
    match v:
        case [x, y, *rest]:
            return ("seq", x, y, rest)
        case {"k": k}:
            return ("map", k)
        case Square(name=n):
            return ("square", n)
        case str() | bytes():
            return "text"
        case _:
            return "other"
'''
with open(os.path.join(base, "pyc_const_mod.py"), "w") as f:
    f.write(source)

def snapshot(m):
    out = []
    out.append((m.__doc__, m.INTS, m.TEXT, m.BYTES, m.NESTED, m.COMPLEX))
    out.append([(f, math.copysign(1, f)) for f in m.FLOATS])
    out.append(m.SPECIAL)
    out.append([m.members(x) for x in (1, "three", 4, b"five", None, 7)])
    out.append(m.defaults(0))
    out.append(m.defaults(1, 2, 3, c=4, e=5))
    inner = m.outer(0)
    out.append((inner(1), inner(2)))
    out.append(list(m.gen(5)))
    c = m.coro()
    try:
        c.send(None)
    except StopIteration as e:
        out.append(e.value)
    out.append((repr(m.Square("sq")), m.Square("s").area(), m.Square.__mro__[1].__name__))
    out.append((m.handler(2), m.handler(0)))
    out.append(m.comprehensions(4))
    out.append([m.matcher(v) for v in ([1, 2, 3], {"k": 9}, m.Square("q"), "s", 5)])
    code = m.defaults.__code__
    out.append((code.co_name, code.co_qualname, code.co_argcount, code.co_kwonlyargcount,
                code.co_varnames, code.co_firstlineno, code.co_filename == m.__file__))
    out.append((m.outer.__code__.co_cellvars, m.outer(0).__code__.co_freevars))
    out.append(m.defaults.__doc__)
    return out

importlib.invalidate_caches()
import pyc_const_mod as first
fresh = snapshot(first)
for item in fresh:
    print(item)
del sys.modules["pyc_const_mod"]
import pyc_const_mod as second
print(first is second, os.path.isfile(second.__cached__))
print(snapshot(second) == fresh or snapshot(second))
shutil.rmtree(base)
