# walk_tb and StackSummary.extract over it.
import traceback


def a():
    b()


def b():
    c = 3
    raise LookupError(c)


try:
    a()
except LookupError as e:
    tb = e.__traceback__
pairs = list(traceback.walk_tb(tb))
print([(f.f_code.co_name, n) for f, n in pairs])
stack = traceback.StackSummary.extract(traceback.walk_tb(tb))
print([(fs.name, fs.lineno, fs.line) for fs in stack])
stack = traceback.StackSummary.extract(traceback.walk_tb(tb), limit=2)
print(len(stack))
stack = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
print(stack[-1].locals)
print(traceback.StackSummary.extract(iter([])))
