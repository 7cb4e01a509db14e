# Rich comparisons and binary operators: the reflected method is tried
# first only when the right operand's type is a proper subclass.
def mk(name):
    def method(self, other):
        print("  ", type(self).__name__ + "." + name)
        return NotImplemented
    return method
class A:
    for _n in ("__lt__", "__gt__", "__le__", "__ge__", "__eq__", "__ne__", "__add__", "__radd__"):
        locals()[_n] = mk(_n)
    del _n
class B(A):
    pass
class C(A):
    __gt__ = mk("__gt__")
    __radd__ = mk("__radd__")
for left, right in [(A(), A()), (A(), B()), (B(), A()), (A(), C()), (C(), A()), (C(), C())]:
    print(type(left).__name__, "<", type(right).__name__)
    try:
        left < right
    except TypeError as e:
        print("  TypeError:", e)
    print(type(left).__name__, "==", type(right).__name__, left == right)
    print(type(left).__name__, "+", type(right).__name__)
    try:
        left + right
    except TypeError as e:
        print("  TypeError:", e)
