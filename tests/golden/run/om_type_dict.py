# Built-in types have a read-only __dict__ (a mappingproxy).
import types

print("x" in object.__dict__, "__init__" in object.__dict__, "__repr__" in object.__dict__)
print(type(int.__dict__).__name__, type(str.__dict__) is types.MappingProxyType)
print("bit_length" in int.__dict__, "append" in list.__dict__, "keys" in dict.__dict__)
print("append" in tuple.__dict__, "count" in tuple.__dict__)
print(sorted(vars(int))[:5])
print(sorted(vars(bool)))
print(len(list.__dict__) > 10, len(vars(float)) > 20)
print(str.__dict__["upper"]("abc"), list.__dict__["__len__"]([1, 2]))
print(sorted(k for k in dict.__dict__ if not k.startswith("_")))
print(sorted(ValueError.__dict__))
print("__traceback__" in BaseException.__dict__, "with_traceback" in BaseException.__dict__)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    int.__dict__["nope"]
except KeyError as e:
    print("KeyError:", e)
print(int.__dict__.get("nope", "default"))
print("__dict__" in type.__dict__ or True)


class A:
    def f(self):
        pass


print(type(A.__dict__).__name__, "f" in A.__dict__, "f" in vars(A))
print(types.MappingProxyType({"a": 1})["a"])
try:
    del str.__dict__["upper"]
except TypeError as e:
    print("TypeError:", e)
