# split, subgroup and derive keep the structure and metadata.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(ZeroDivisionError))
print(eg.subgroup(lambda e: isinstance(e, KeyError) or e is eg) is eg)
print(repr(eg.split((KeyError, TypeError))[0]))
print(repr(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 2)))
eg.add_note("a note")
m = eg.subgroup(ValueError)
print(m.__notes__, m.message)
d = eg.derive([RuntimeError("r")])
print(repr(d), getattr(d, "__notes__", "no notes"))
whole, none = eg.split(Exception)
print(whole is eg, none)
