def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 2
    z = yield from other()
    w = (yield)
    v = [(yield)]
    yield from range(10)
    yield *a, *b
    await_value = yield x if x else y
