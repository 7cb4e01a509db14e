# Chained exceptions through the traceback module: causes and contexts.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def low():
    return {}["key"]


def mid():
    try:
        low()
    except KeyError as e:
        raise LookupError("mid failed") from e


def high():
    try:
        mid()
    except LookupError:
        raise RuntimeError("high failed")


try:
    high()
except RuntimeError as e:
    traceback.print_exception(e, file=OUT)
    print("---- chain=False")
    traceback.print_exception(e, file=OUT, chain=False)
    print("---- pieces")
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(p.replace(__file__, 'FILE')[:50]))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None
except ValueError as e:
    OUT.write("".join(traceback.format_exception(e)))
    e.__suppress_context__ = False
    OUT.write("".join(traceback.format_exception(e)))
