# nested exec/eval, recursion through exec, code object reuse
ns = {}
exec("exec('inner = 1')\nouter = inner + 1", ns)
print(ns["inner"], ns["outer"])
print(eval("eval('1 + 1') * 10"))
def deep(n):
    if n == 0:
        return "bottom"
    return eval("deep(n - 1)", globals(), {"n": n})
print(deep(5))
code = compile("counter += 1", "<c>", "exec")
g = {"counter": 0}
for _ in range(4):
    exec(code, g)
print(g["counter"])
expr = compile("a * b", "<e>", "eval")
print([eval(expr, {"a": i, "b": i + 1}) for i in range(4)])
print(code.co_name, code.co_filename, expr.co_name, type(code).__name__)
src = "def make():\n    return lambda: secret\nsecret = 'found'\n"
g2 = {}
exec(src, g2)
print(g2["make"]()())
l3 = {}
exec("def helper(): return 'h'\nresult = helper()", {}, l3)
print(l3["result"])
