# Generator expressions stay functions: the first iterable is evaluated
# at once, the rest lazily; their frames are named <genexpr>.
import traceback
def f(xs):
    return (1 // x for x in xs)

g = f([1, 0])
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    traceback.print_exc()
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (y for x in [1] for y in x)
try:
    list(lazy)
except TypeError as e:
    print("TypeError:", e)
print(sum(i * i for i in range(4)))
print([list(y for y in range(x)) for x in range(3)])
