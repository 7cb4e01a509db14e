a = list[int]
print(a, repr(a), type(a), a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(int | None, int | str | None, type(int | None), (int | None).__args__, list[int] | None)
print(list[int] == list[int], hash(list[int]) == hash(list[int]), (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("x", int | float))
print(issubclass(bool, int | str), int | int)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int]([1, 2]), dict[str, int](a=1))
class A: pass
class B(A): pass
print(A | None, A | B, isinstance(B(), A | None))
def f(x: list[int] | None = None) -> dict[str, int]:
    return {"n": len(x or [])}
print(f([1, 2]))
class Stack(list[int]):
    pass
s = Stack([1, 2])
s.append(3)
print(s, Stack.__mro__[1], Stack.__orig_bases__)
