# with_traceback() and assigning __traceback__.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def make():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


e = make()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
other = ValueError("other")
print(other.with_traceback(tb) is other)
print(other.__traceback__ is tb)
traceback.print_exception(other, file=OUT)
other.__traceback__ = None
print(other.__traceback__)
print(traceback.format_exception(other))

try:
    raise KeyError("k").with_traceback(tb)
except KeyError as k:
    t = k.__traceback__
    print(t.tb_frame.f_code.co_name, t.tb_next is tb)
    traceback.print_exc(file=OUT)

try:
    raise TypeError("none").with_traceback(None)
except TypeError as x:
    print(x.__traceback__.tb_next)

for bad in (5, "tb", [tb]):
    try:
        e.with_traceback(bad)
    except TypeError as x:
        print("TypeError:", x)
    try:
        e.__traceback__ = bad
    except TypeError as x:
        print("TypeError:", x)
try:
    e.with_traceback()
except TypeError as x:
    print("TypeError:", x)
