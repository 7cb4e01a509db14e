# ~ on a bool warns DeprecationWarning (shown in __main__, an error under "error")
import warnings

x = True
print(~x)
print(~False)


def f(b):
    return ~b


print(f(True), f(1))
print(f(True))
g = {"__name__": "lib", "f": f}
exec("print(f(True) + ~True)", g)
with warnings.catch_warnings(action="error"):
    try:
        f(False)
    except DeprecationWarning as e:
        print("error:", e)
