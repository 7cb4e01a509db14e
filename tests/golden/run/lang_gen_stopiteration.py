# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("oops")

b = bad()
print(next(b))
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def fine():
    yield 1
    return 2

print(list(fine()))
g = bad()
next(g)
next(g)
