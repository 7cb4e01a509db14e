# Function annotations are computed lazily by __annotate__ (PEP 649).
def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> None:
    return a


print(f.__annotations__)
print(f.__annotate__.__name__, f.__annotate__.__qualname__)
print(f.__annotate__.__code__.co_varnames, f.__annotate__.__code__.co_argcount)
print(f.__annotate__(1))
print(f.__annotate__(2) == f.__annotations__)
for fmt in (3, 4):
    try:
        f.__annotate__(fmt)
    except NotImplementedError as e:
        print("NotImplementedError", repr(e))
print(f.__annotations__ is f.__annotations__)


def plain(x, y=1):
    pass


print(plain.__annotations__, plain.__annotate__)


def only_return() -> "Result":
    pass


print(only_return.__annotations__)


def forward(x: Later) -> Later:
    return x


try:
    forward.__annotations__
except NameError as e:
    print("NameError:", e)


class Later:
    pass


print(forward.__annotations__)
print(sorted(vars(forward)))
lam = lambda x: x
print(lam.__annotations__)
