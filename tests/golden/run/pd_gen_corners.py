# Generator corners: send, throw, close, return values, yield from,
# re-entrancy, exhaustion.
def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except KeyError as e:
        print("caught", repr(e))
        yield "after throw"
    finally:
        print("cleanup")
    return "done"


it = g()
print(next(it), it.send("a"), it.throw(KeyError("k")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
print(list(it), next(it, "default"))


def inner():
    r = yield "i1"
    yield f"i2 {r}"
    return "inner result"


def outer():
    res = yield from inner()
    yield res


o = outer()
print(next(o), o.send("S"), next(o), next(o, "end"))
c = g()
next(c)
c.close()
print("closed", next(c, "exhausted"))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def counter(n):
    for i in range(n):
        yield i


print(sum(counter(10)), max(counter(5)), list(zip(counter(3), counter(4))))
gen = (x * x for x in range(4))
print(list(gen), list(gen))
print(type(g()).__name__, g().__name__, g().__qualname__)
try:
    it = g()
    it.send("x")
except TypeError as e:
    print("TypeError:", e)
nested = (y for x in range(3) for y in range(x))
print(list(nested))
def raiser():
    yield 1
    raise ValueError("inside")
r = raiser()
print(next(r))
next(r)
