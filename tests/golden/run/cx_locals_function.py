# locals() in a function comprehension includes the function's
# variables and the comprehension's.
def f(p):
    w = 1
    inner = [locals() for x in "ab"]
    after = sorted(locals())
    return inner, after

def g():
    v = 0
    return [sorted(locals()) for v in range(1)], v

print(f(0))
print(g())
