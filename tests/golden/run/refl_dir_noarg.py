# dir() without arguments: the sorted local names
def f(b, a=1):
    z = 3
    y = [4]
    return dir()
print(f(0))
def closure():
    v = 1
    def inner():
        w = v
        return dir()
    return inner()
print(closure())
class C:
    q = 1
    p = 2
    print(dir())
print([n for n in dir() if not n.startswith("__")])
print("__name__" in dir(), "__builtins__" in dir())
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
