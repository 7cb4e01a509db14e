# format_list, StackSummary.from_list and user-made FrameSummary objects.
import sys
import traceback

entries = [
    ("spam.py", 3, "<module>", "spam.eggs()"),
    ("eggs.py", 42, "eggs", "return 'bacon'"),
    ("nowhere.py", 7, "f", ""),
    ("nowhere.py", 8, "g", None),
]
for line in traceback.format_list(entries):
    print(line, end="")
stack = traceback.StackSummary.from_list(entries)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(repr(fs), fs.line)
fs = traceback.FrameSummary("file.py", 10, "func", line="x = 1  ")
print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals)
print(list(fs))
fs2 = traceback.FrameSummary("file.py", 10, "func", line="x = 1",
                             locals={"a": 1, "b": "two"})
print(fs2.locals)
print(traceback.StackSummary.from_list([fs2]).format())
print(fs == ("file.py", 10, "func", "x = 1"))
print(fs == fs2)
traceback.print_list(entries[:1], file=sys.stdout)
same = [("r.py", 5, "rec", "rec()")] * 6
for line in traceback.format_list(same):
    print(line, end="")
