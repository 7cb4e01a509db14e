_ = 1
match = case = type = 0
def _(): pass
class _: pass
print(_, match, case, type)
match.real
case.imag
type.__name__
