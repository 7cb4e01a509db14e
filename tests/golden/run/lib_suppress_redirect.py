# suppress, redirect_stdout/redirect_stderr, closing and nullcontext.
import sys
from contextlib import suppress, redirect_stdout, redirect_stderr, closing, nullcontext
for exc in [KeyError('k'), IndexError('i'), LookupError('l')]:
    with suppress(LookupError):
        raise exc
print('all lookups suppressed')
with suppress(ValueError, TypeError):
    int('x')
print('suppressed int')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError:', e)
class Sink:
    def __init__(self): self.chunks = []
    def write(self, text): self.chunks.append(text); return len(text)
    def flush(self): pass
out = Sink()
with redirect_stdout(out):
    print('hidden line')
    print('two', 'parts', sep=', ')
print('captured:', out.chunks)
err = Sink()
with redirect_stderr(err):
    print('warning!', file=sys.stderr)
print('stderr captured:', err.chunks)
outer, inner = Sink(), Sink()
with redirect_stdout(outer):
    print('to outer')
    with redirect_stdout(inner):
        print('to inner')
    print('outer again')
print(outer.chunks, inner.chunks)
class Conn:
    def __init__(self): self.open = True
    def close(self): self.open = False; print('connection closed')
with closing(Conn()) as conn:
    print('open?', conn.open)
print('open after?', conn.open)
def maybe_open(use):
    return closing(Conn()) if use else nullcontext('no connection')
for use in (False, True):
    with maybe_open(use) as c:
        print('got', c if isinstance(c, str) else type(c).__name__)
with nullcontext() as nothing:
    print(nothing)
