# The traceback object keeps its identity, and sys.exc_info() hands it out.
import sys


def fail():
    raise RuntimeError("boom")


try:
    fail()
except RuntimeError as e:
    a = e.__traceback__
    b = e.__traceback__
    t, v, tb = sys.exc_info()
    print(a is b, tb is a, v is e, t is RuntimeError)
    print(sys.exception() is e)
    print(a.tb_next.tb_frame is a.tb_next.tb_frame)
print(sys.exc_info(), sys.exception())


def handler():
    try:
        {}["missing"]
    except KeyError:
        t, v, tb = sys.exc_info()
        return t.__name__, repr(v), tb.tb_frame.f_code.co_name, tb.tb_next


print(handler())

try:
    try:
        fail()
    except RuntimeError:
        inner_tb = sys.exc_info()[2]
        raise ValueError("second")
except ValueError as e:
    print(e.__context__.__traceback__ is inner_tb)
    print(sys.exc_info()[2] is e.__traceback__)
