# Tracebacks through generators and context managers.
import traceback
import contextlib


def gen():
    yield 1
    raise ValueError("from generator")


def consume():
    return list(gen())


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    consume()
except ValueError as e:
    print(names(e.__traceback__))


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        kind, value, tb = info
        print("exit sees", kind.__name__, type(tb).__name__, tb.tb_lineno)
        return True


with Manager():
    1 / 0
print("suppressed")


def g2():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError("on close")


it = g2()
next(it)
try:
    it.close()
except RuntimeError as e:
    print([n for n, _ in names(e.__traceback__)])
