# concurrent.futures: submit/result, map, exceptions, as_completed, wait,
# callbacks, shutdown, Future states. (Generated with native CPython: the
# reference build cannot start worker threads.)
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor,
                                Future, as_completed, wait, CancelledError,
                                InvalidStateError, ALL_COMPLETED,
                                FIRST_COMPLETED)


def square(x):
    return x * x


def fail(x):
    raise ValueError(f'bad input {x}')


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(futures)))
    print([f.result() for f in futures])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [3, 2, 1])))
    bad = ex.submit(fail, 7)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print('result raised', e)
    print(bad.done(), bad.cancelled(), bad.running())
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    seen = []
    futures[2].add_done_callback(lambda f: seen.append(f.result()))
    print(seen)
    try:
        for value in ex.map(fail, [1, 2]):
            print('never', value)
    except ValueError as e:
        print('map raised', e)
    keyed = {ex.submit(square, n): n for n in (3, 4)}
    print(sorted((keyed[f], f.result()) for f in as_completed(keyed)))

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print('RuntimeError', e)

f = Future()
print(f.done(), f.running(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError:
    print('CancelledError')
g = Future()
calls = []
g.add_done_callback(lambda fut: calls.append(fut.result()))
g.set_result('value')
print(g.result(), calls, g.exception())
try:
    g.set_result('again')
except InvalidStateError:
    print('InvalidStateError')
h = Future()
h.set_exception(KeyError('k'))
print(repr(h.exception()))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError', e)
print(FIRST_COMPLETED, Future[int])
