# Chained exceptions through the traceback module: causes and contexts.
import sys
import traceback


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
    traceback.print_exception(e, file=sys.stdout)
    print("---- chain=False")
    traceback.print_exception(e, file=sys.stdout, chain=False)
    print("---- pieces")
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(p[:50]))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None
except ValueError as e:
    print("".join(traceback.format_exception(e)))
    e.__suppress_context__ = False
    print("".join(traceback.format_exception(e)))
