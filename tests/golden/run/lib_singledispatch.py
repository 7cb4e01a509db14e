# singledispatch: register by type (decorator and call forms), MRO dispatch, dispatch(), registry.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping
@singledispatch
def describe(obj):
    return f'object {obj!r}'
@describe.register(int)
def _(obj):
    return f'int {obj}'
@describe.register(bool)
def _(obj):
    return f'bool {obj}'
@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f'sequence of {len(obj)}'
def describe_str(obj):
    return f'str {obj!r}'
describe.register(str, describe_str)
class Base: pass
class Child(Base): pass
@describe.register(Base)
def _(obj):
    return f'a {type(obj).__name__}'
for v in [1, True, [1, 2], (1,), 'hi', 2.5, None, Child(), Base()]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.__wrapped__, describe.__name__)
print(sorted(t.__name__ for t in describe.registry))
@singledispatch
def size(x):
    raise NotImplementedError(type(x).__name__)
@size.register(Mapping)
def _(x):
    return ('mapping', len(x))
@size.register(Sequence)
def _(x):
    return ('sequence', len(x))
print(size({'a': 1}), size([1, 2, 3]), size('ab'))
try:
    size(3)
except NotImplementedError as e:
    print('NotImplementedError:', e)
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f'?{arg}'
    @fmt.register(int)
    def _(self, arg):
        return f'#{arg}'
    @fmt.register(list)
    def _(self, arg):
        return '[' + ','.join(self.fmt(a) for a in arg) + ']'
f = Formatter()
print(f.fmt(5), f.fmt('x'), f.fmt([1, 'y', [2]]))
try:
    describe()
except TypeError as e:
    print('TypeError:', e)
