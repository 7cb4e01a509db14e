# Frame objects: code attributes, globals, builtins, repr shape.
import sys


def probe(a, b=2, *args, key=None, **kw):
    f = sys._getframe()
    code = f.f_code
    print(code.co_name, code.co_argcount, code.co_kwonlyargcount)
    print(code.co_varnames[:6], code.co_firstlineno)
    print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
    print(isinstance(f.f_lasti, int), f.f_lasti >= 0)
    r = repr(f)
    print(r.startswith("<frame at 0x"), "code probe>" in r)
    return f


f = probe(1, 2, 3, key=4, z=5)
print(f.f_code.co_name, type(f).__name__)
print(f.f_back.f_code.co_name)
print(f.f_trace, f.f_back.f_back is None or f.f_back.f_back.f_code.co_name != "probe")


class K:
    frame = sys._getframe()
    name = frame.f_code.co_name


print(K.name)
print(hasattr(f, "f_lineno"), hasattr(f, "nonexistent"))
try:
    f.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
