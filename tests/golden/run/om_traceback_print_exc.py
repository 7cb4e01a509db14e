# traceback.print_exc / format_exc print what an uncaught exception prints.
import sys
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "2", "x3"])
except ValueError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.count("\n"), text.splitlines()[0])
    print(text.splitlines()[-1])

d = {"a": {"b": None}}
try:
    d["a"]["b"]["c"]
except TypeError:
    traceback.print_exc(file=sys.stdout)

try:
    obj = None
    obj.attribute
except AttributeError:
    print(traceback.format_exc())

try:
    x = 1 + "a"
except TypeError:
    traceback.print_exc(limit=1, file=sys.stdout)

# Outside a handler there is nothing to print.
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
