# Repeated frames collapse into "[Previous line repeated N more times]".
import sys
import traceback


class _Out:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()


def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)


for depth in (2, 3, 4, 10):
    try:
        down(depth)
    except ValueError as e:
        text = "".join(traceback.format_exception(e))
        print(depth, text.count("in down"), "repeated" in text)
        if depth == 10:
            OUT.write(text)
        summary = traceback.extract_tb(e.__traceback__)
        print(len(summary), len(traceback.format_tb(e.__traceback__)))


def ping(n):
    return pong(n)


def pong(n):
    if n == 0:
        raise RuntimeError("done")
    return ping(n - 1)


try:
    ping(6)
except RuntimeError as e:
    traceback.print_exception(e, file=OUT)
