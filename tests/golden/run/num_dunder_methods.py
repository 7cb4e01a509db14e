# operator special methods of the numeric types, called directly
print((5).__add__(3), (5).__radd__(3), (5).__sub__(8), (5).__rsub__(8), (7).__floordiv__(2), (7).__rtruediv__(2))
print((5).__add__(1.5), (5).__eq__(5.0), (5).__lt__(7), (2.5).__add__(1), (2.5).__radd__(True), (2.5).__mul__(1j))
print((1j).__add__(1), (1j).__rmul__(2.0), (1j).__eq__(1j), (1j).__lt__(2j), (2).__pow__(10), (2).__rpow__(3))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (256).__rshift__(4))
print((5).__neg__(), (-5.5).__neg__(), (3j).__neg__(), (5).__pos__(), (5).__invert__(), (0).__bool__(), (0.5).__bool__())
print((7).__divmod__(2), (7).__rdivmod__(20), (7.5).__divmod__(2), (7).__divmod__("x"), (5).__mul__("ab"))
print(int.__add__(2, 3), float.__mul__(1.5, 2), int.bit_length(255), float.hex(0.5), complex.conjugate(1 + 2j))
print(True.__and__(False), True.__add__(True), (10**30).__mod__(7), (10**30).__eq__(10**30))
try:
    (5).__add__()
except TypeError as e:
    print("TypeError")
