class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), set), isinstance(frozenset(), frozenset), isinstance(frozenset(), set))
print(isinstance(range(1), range), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), (ValueError, IndexError)))
print(isinstance(b, (C, (A, int))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, bool))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(A, A))
print(issubclass(ValueError, Exception), issubclass(SystemExit, Exception), issubclass(list, (dict, list)))
for bad in [lambda: isinstance(1, 2), lambda: isinstance(1), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: isinstance(1, (int, 2)) and isinstance(1, (2,))]:
    try:
        print(bad())
    except TypeError as ex:
        print("TypeError:", ex)
issubclass(b, A)
