# @contextmanager rules: didn't yield, didn't stop, exceptions thrown in, StopIteration inside.
from contextlib import contextmanager
@contextmanager
def managed(log):
    log.append('enter')
    try:
        yield len(log)
    except ZeroDivisionError:
        log.append('handled')
    else:
        log.append('clean')
    finally:
        log.append('exit')
log = []
with managed(log) as n:
    print('n =', n)
with managed(log):
    1 / 0
print(log)
try:
    with managed(log):
        raise KeyError('passes')
except KeyError as e:
    print('KeyError', e, log[-1])
@contextmanager
def empty():
    return
    yield
try:
    with empty():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def greedy():
    yield 1
    yield 2
try:
    with greedy():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def keeps_going():
    while True:
        try:
            yield
        except Exception:
            pass
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError:', e)
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration:', e)
@contextmanager
def reraiser():
    try:
        yield
    except Exception as e:
        raise RuntimeError('wrapped') from e
try:
    with reraiser():
        raise OSError('disk')
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
cm = managed([])
print(type(cm).__name__, hasattr(cm, '__enter__'), hasattr(cm, '__exit__'))
@managed([])
def decorated():
    return 'decorated result'
print(decorated(), decorated())
