# Notes and unusual exception values through the traceback module.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()


e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nline")
print(traceback.format_exception_only(e))
try:
    raise e
except ValueError as x:
    traceback.print_exc(file=OUT)


class Custom(Exception):
    def __str__(self):
        return "custom text"


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(Broken()))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(StopIteration(5)))
print(traceback.format_exception_only(SystemExit(3)))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
try:
    traceback.format_exception(5)
except TypeError as x:
    print("TypeError:", x)
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as x:
    print("ValueError:", x)
print(traceback.format_exception(ValueError, ValueError("v"), None))
