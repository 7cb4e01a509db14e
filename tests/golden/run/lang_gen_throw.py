# Generator throw(): the exception is raised at the paused yield.
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker caught", repr(e))
            n = 100
        except KeyError:
            print("worker caught KeyError, finishing")
            return "finished"

w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("stopped with", e.value)

# An exception the generator does not handle propagates to the caller.
def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(list(s))

# throw() with a class instantiates it.
def catcher():
    try:
        yield
    except ZeroDivisionError as e:
        print("got", type(e).__name__, e.args)
        yield "after"

c = catcher()
next(c)
print(c.throw(ZeroDivisionError))

# Throwing into a just-started generator raises immediately.
fresh = simple()
try:
    fresh.throw(IndexError("early"))
except IndexError as e:
    print("early:", e)
print(list(fresh))
