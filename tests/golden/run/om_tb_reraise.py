# Raising a caught exception again extends its traceback.
import traceback
import sys


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def source():
    raise ValueError("original")


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    source()
except ValueError as e:
    saved = e
print(lines(saved.__traceback__))


def again():
    raise saved


try:
    again()
except ValueError as e:
    print(e is saved)
    print(lines(e.__traceback__))

try:
    raise saved
except ValueError as e:
    print(lines(e.__traceback__))
    traceback.print_exc(file=OUT)


def bare():
    try:
        source()
    except ValueError:
        raise


try:
    bare()
except ValueError as e:
    print(lines(e.__traceback__))

# Uncaught: the whole path is printed.
raise saved
