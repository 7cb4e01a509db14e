# An uncaught IndentationError from compile(): end_offset -1 gives one caret.
src = "def f():\n    return 1\n  x = 2\n"
try:
    compile(src, "<module>", "exec")
except IndentationError as e:
    print(e.args)
compile(src, "<module>", "exec")
