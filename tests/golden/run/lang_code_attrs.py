def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    x = a + b
    def inner(y):
        return x + y + c
    return inner


inner = outer(1, d=4)
for f in (outer, inner):
    co = f.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
    print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
    print(co.co_firstlineno, co.co_filename.endswith("lang_code_attrs.py"), type(co).__name__)
print(inner(10), (lambda: 0).__code__.co_name)
print(outer.__code__.co_flags & 0x0C, inner.__code__.co_flags & 0x10)
print(isinstance(outer.__code__.co_code, bytes), outer.__code__.co_stacksize > 0)
