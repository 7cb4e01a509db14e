# Nested groups, notes and chained members in the traceback box.
inner = ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
try:
    raise RuntimeError("cause")
except RuntimeError as cause:
    member = ValueError("with a cause")
    member.__cause__ = cause
eg = ExceptionGroup("outer", [inner, member, ZeroDivisionError("zero")])
eg.add_note("note on the group")
raise eg
