# ExceptionGroup construction, attributes, str/repr, and checks.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
one = ExceptionGroup("one", (KeyError("k"),))
print(one, repr(one))
b = BaseExceptionGroup("base", [ValueError(2)])
print(type(b).__name__)
b2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b2).__name__, isinstance(b2, Exception))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
print(nested, nested.exceptions[1].exceptions)

bad = [
    lambda: ExceptionGroup("x"),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x", ValueError()),
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup("x", [ValueError(), 5]),
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
]
for make in bad:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    raise ExceptionGroup("caught plainly", [ValueError(1)])
except ExceptionGroup as e:
    print("except ExceptionGroup:", e)
