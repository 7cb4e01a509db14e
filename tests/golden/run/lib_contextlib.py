from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack, ContextDecorator
import sys
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice_exc():
    try:
        yield 1
    except ValueError:
        yield 2
try:
    with twice_exc():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e
try:
    with convert():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__))
@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passed through', e)
@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(5), decorated(6))
with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print('not suppressed', e)
with suppress():
    pass
class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b) as target:
    print('captured', 1, 2)
    print('more')
print(target is b, ''.join(b.parts).split('\n'))
eb = Buf()
with redirect_stderr(eb):
    print('to err', file=sys.stderr)
print(eb.parts)
with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.callback(lambda: print('callback 2'))
    files = [stack.enter_context(tag(n)) for n in 'xy']
    print('files', files)
with ExitStack() as outer:
    outer.callback(print, 'moved callback')
    kept = outer.pop_all()
print('outer done')
kept.close()
def exit_cb(typ, val, tb):
    print('exit_cb', typ.__name__ if typ else None, val)
    return True
with ExitStack() as st:
    st.push(exit_cb)
    raise ValueError('suppressed by push')
print('after push')
try:
    with ExitStack() as st:
        st.callback(print, 'cleanup runs')
        raise KeyError('escapes')
except KeyError as e:
    print('KeyError', e)
try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print('TypeError', e)
class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting'); return self
    def __exit__(self, *exc):
        print('Finishing'); return False
@mycontext()
def function():
    print('The bit in the middle')
function()
with mycontext():
    print('as with')
