# traceback.print_exc / format_exc print what an uncaught exception prints.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "2", "x3"])
except ValueError:
    traceback.print_exc(file=OUT)
    text = traceback.format_exc()
    print(text.count("\n"), text.splitlines()[0])
    print(text.splitlines()[-1])

d = {"a": {"b": None}}
try:
    d["a"]["b"]["c"]
except TypeError:
    traceback.print_exc(file=OUT)

try:
    obj = None
    obj.attribute
except AttributeError:
    OUT.write(traceback.format_exc())

try:
    x = 1 + "a"
except TypeError:
    traceback.print_exc(limit=1, file=OUT)

# Outside a handler there is nothing to print.
print(repr(traceback.format_exc()))
traceback.print_exc(file=OUT)
