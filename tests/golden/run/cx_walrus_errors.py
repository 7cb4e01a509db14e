# Assignment expressions that comprehensions forbid.
cases = [
    "[i := 0 for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "class C:\n    [(z := 1) for _ in range(2)]\n",
    "[[(j := 0) for i in range(2)] for j in range(2)]",
    "def f():\n    [(yield x) for x in range(2)]\n",
    "[x for x in range(3) for y in (z := x)]",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
