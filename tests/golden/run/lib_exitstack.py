# ExitStack: LIFO unwinding, suppression by a callback, pop_all, exceptions raised in callbacks.
from contextlib import ExitStack, contextmanager
@contextmanager
def resource(name):
    print('open', name)
    try:
        yield name
    finally:
        print('close', name)
with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ('a', 'b', 'c')]
    stack.callback(print, 'callback with', 'args', sep='|')
    print('using', names)
def open_all(names):
    with ExitStack() as stack:
        opened = [stack.enter_context(resource(n)) for n in names]
        return opened, stack.pop_all()
opened, later = open_all(['x', 'y'])
print('still open', opened)
later.close()
def suppress_value_error(typ, exc, tb):
    print('handler sees', typ.__name__, exc)
    return issubclass(typ, ValueError)
with ExitStack() as stack:
    stack.push(suppress_value_error)
    raise ValueError('gone')
print('continued')
try:
    with ExitStack() as stack:
        stack.callback(lambda: print('first registered, runs last'))
        stack.callback(lambda: 1 / 0)
        raise KeyError('original')
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e.__context__).__name__, e.__context__)
class CM:
    def __enter__(self): print('CM enter'); return self
    def __exit__(self, *a): print('CM exit', a[0]); return False
with ExitStack() as stack:
    cm = stack.enter_context(CM())
    stack.push(CM())
print(ExitStack().__enter__().__class__.__name__)
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError:', e)
