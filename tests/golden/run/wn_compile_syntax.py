# compile(), exec() and eval() issue SyntaxWarnings through the filters; "error" makes SyntaxErrors
import warnings
c = compile("x = 1 is 1", "<s>", "exec")
compile("y = '\\d'\n", "f.py", "exec")
compile("y = '\\d'\n", "f.py", "exec")
with warnings.catch_warnings(record=True) as w:
    compile("if 1:\n  z = 2 is 2\n", "g.py", "exec")
print([(str(m.message), m.category.__name__, m.filename, m.lineno) for m in w])
with warnings.catch_warnings(action="error"):
    for src in ["a = 1\nx = 1 is 1\n", "y = '\\d'\n", "def f():\n    try:\n        pass\n    finally:\n        return 1\n"]:
        try:
            compile(src, "h.py", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
with warnings.catch_warnings(action="ignore"):
    exec("z = 2 is 2")
exec("z = 3 is 3")
with warnings.catch_warnings(record=True, action="always") as w:
    eval("1 is 1")
print(len(w), w[0].filename, w[0].lineno)
