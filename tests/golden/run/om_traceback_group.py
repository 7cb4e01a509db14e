# Exception groups through the traceback module.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def fail(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("several", errors)


try:
    collect()
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=OUT)
    print(traceback.format_exception_only(eg))
    print(traceback.format_exception_only(eg, show_group=True))

try:
    raise ExceptionGroup("outer", [
        TypeError("t"),
        ExceptionGroup("inner", [KeyError("k"), OSError("o")]),
    ])
except ExceptionGroup as eg:
    for line in traceback.format_exception(eg):
        OUT.write(line)
    print(traceback.format_exception_only(eg, show_group=True))

