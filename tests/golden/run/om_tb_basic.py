# Traceback objects: the chain from the catching frame to the raising one.
import sys


def inner(n):
    data = [1, 2, 3]
    return data[n]


def middle(n):
    return inner(n) * 2


def outer():
    return middle(10)


try:
    outer()
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    print("head line:", tb.tb_lineno, tb.tb_frame.f_code.co_name)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(names)
    print(isinstance(e.__traceback__.tb_lasti, int))

# Every frame's code and globals.
try:
    outer()
except IndexError as e:
    tb = e.__traceback__.tb_next
    f = tb.tb_frame
    print(f.f_code.co_name, f.f_code.co_filename.endswith("om_tb_basic.py"))
    print(f.f_globals is globals(), f.f_globals["__name__"])
    print(f.f_builtins["len"] is len)
    print(f.f_back.f_code.co_name)
    print(tb.tb_next.tb_frame.f_back is f)

# An exception never raised has no traceback.
print(ValueError("x").__traceback__)
e = KeyError("k")
print(e.__traceback__ is None)
