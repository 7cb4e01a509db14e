# eval: expressions, namespaces, leading whitespace, code objects
print(eval("1 + 2 * 3"))
x = 7
print(eval("x * 2"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 10}))
print(eval("  [i for i in range(3)]"))
print(eval("\t(1, 2)\n\n"))
print(eval(b"3 ** 2"))
print(eval("len('abc')", {}))
def f():
    a = 5
    return eval("a + 1")
print(f())
c = compile("x * 3", "<e>", "eval")
print(eval(c), eval(c, {"x": 2}))
print(eval("lambda q: q + x")(1))
print(eval("__name__"), eval("__name__", {}))
print(type(eval("{}")), eval("{1: 2}"), eval("None"))
for bad in ["1 +\n", "x = 1", "import os", "if x: pass"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    eval("undefined_name_q")
except NameError as e:
    print("NameError:", e)
