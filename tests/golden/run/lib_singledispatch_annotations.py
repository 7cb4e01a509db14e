# singledispatch register() reading the first parameter's annotation.
from functools import singledispatch
@singledispatch
def show(x):
    return 'default'
@show.register
def _(x: int):
    return 'int'
@show.register
def _(x: str | bytes):
    return 'text'
print(show(1), show('a'), show(b'b'), show(2.0))
