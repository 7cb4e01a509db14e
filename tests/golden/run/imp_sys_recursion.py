# The recursion limit is settable; deep recursion works up to it.
import sys
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
print(depth(50000))
sys.setrecursionlimit(1000)
for bad in (0, -5, "x", 1.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())


def inf(n):
    return inf(n + 1)


try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)
