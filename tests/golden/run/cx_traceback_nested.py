# An error deep in nested comprehensions, caught and printed, then
# uncaught.
import traceback
def grid(n):
    return [[1 / (i - j) for j in range(n)] for i in range(n)]
try:
    grid(2)
except ZeroDivisionError:
    traceback.print_exc()
def g():
    return [x.upper() for x in [y for y in ["a", 1]]]
g()
