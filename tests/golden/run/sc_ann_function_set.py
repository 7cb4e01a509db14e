# Setting __annotations__ and __annotate__ on functions.
def f(x: int) -> str:
    pass


f.__annotations__ = {"y": bytes}
print(f.__annotations__, f.__annotate__)
print(f.__dict__)


def g(x: int):
    pass


g.__annotate__ = lambda fmt: {"z": fmt}
print(g.__annotations__)
g.__annotate__ = None
print(g.__annotate__)
try:
    g.__annotate__ = 5
except TypeError as e:
    print("TypeError:", e)


def bad(x: int):
    pass


bad.__annotate__ = lambda fmt: [("x", int)]
try:
    bad.__annotations__
except TypeError as e:
    print("TypeError:", e)


def h(x: undefined_name):
    pass


h.__annotations__
