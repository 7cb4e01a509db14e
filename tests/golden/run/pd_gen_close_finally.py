# Generators and finally/with blocks: close(), garbage, GeneratorExit
# swallowed or turned into a yield.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


it = g()
print(next(it))
it.close()
print("after close")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("exiting quietly")


w = swallow()
next(w)
w.close()
w.close()
print("closed twice")


def returns_in_finally():
    try:
        yield 1
    finally:
        print("cleanup A")


def chain():
    yield from returns_in_finally()
    yield "never"


c = chain()
print(next(c))
c.close()
t = g()
print(next(t))
try:
    t.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError:", e)
print(list(t))


def counter():
    n = 0
    while True:
        got = yield n
        n += got if got is not None else 1


ctr = counter()
print(next(ctr), ctr.send(5), next(ctr), ctr.send(-3))
ctr.close()
print(next(ctr, "closed"))
