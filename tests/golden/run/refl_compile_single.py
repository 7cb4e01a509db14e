# compile(..., 'single') prints expression values through sys.displayhook
import sys
exec(compile("1 + 2", "<in>", "single"))
exec(compile("'text'", "<in>", "single"))
exec(compile("None", "<in>", "single"))
exec(compile("x = 5", "<in>", "single"))
exec(compile("x * 2", "<in>", "single"))
exec(compile("for i in range(2): i\n", "<in>", "single"))
exec(compile("if True:\n    [1, 2]\n", "<in>", "single"))
import builtins
print(builtins._)
def hook(value):
    print("hook got", repr(value))
sys.displayhook = hook
exec(compile("3 * 3", "<in>", "single"))
exec(compile("None", "<in>", "single"))
sys.displayhook = sys.__displayhook__ if hasattr(sys, "__displayhook__") else None
try:
    compile("a = 1\nb = 2\n", "<in>", "single")
except SyntaxError as e:
    print("SyntaxError:", e)
c = compile("def f():\n    return 42\n", "<in>", "single")
ns = {}
exec(c, ns)
print(ns["f"]())
