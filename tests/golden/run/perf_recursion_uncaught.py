# An uncaught RecursionError: the traceback CPython prints (repeated
# lines collapsed).
def down(n):
    return down(n + 1)


print("start")
down(0)
