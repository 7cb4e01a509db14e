# sys.exc_info() inside nested handlers and after them.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    name = t.__name__ if t else None
    line = tb.tb_lineno if tb else None
    print(label, name, repr(v), line)


show("before")
try:
    raise ValueError("outer")
except ValueError:
    show("outer")
    try:
        raise KeyError("inner")
    except KeyError:
        show("inner")
    show("back to outer")
show("after")


def helper():
    show("in helper")


try:
    raise TypeError("t")
except TypeError:
    helper()
