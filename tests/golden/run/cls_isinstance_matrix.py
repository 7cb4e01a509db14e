class A: pass
class B(A): pass
class C: pass
class E(ValueError): pass
values = [1, True, 1.5, "s", [], (), {}, None, A(), B(), E("x"), A, int]
types = [int, bool, float, str, list, tuple, dict, object, A, B, type, Exception, ValueError, E]
for v in values:
    print(type(v).__name__, [t.__name__ for t in types if isinstance(v, t)])
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(E, Exception))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(A, object))
print(issubclass(E, BaseException), issubclass(KeyError, LookupError), issubclass(A, type))
print(isinstance(A, type), isinstance(type, type), isinstance(object, type), isinstance(B(), (C, int)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(1) is int, type(True) is bool, type(A()) is A, type(B()) is A, type(None).__name__)
print(type(len).__name__, type(A.__init__).__name__ if False else "", type(lambda: 0).__name__)
