# Generator close(): GeneratorExit at the yield; finally blocks run.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

x = g()
print(next(x))
print(x.close())
print(x.close())
print(list(x))

# close() on a generator never started does nothing.
y = g()
y.close()
print(list(y))

# A generator that returns on GeneratorExit: close() returns the value.
def returner():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

r = returner()
next(r)
print("close returned", r.close())

# Ignoring GeneratorExit is a RuntimeError.
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# GeneratorExit is not an Exception.
try:
    raise GeneratorExit
except Exception:
    print("caught as Exception")
except BaseException as e:
    print("caught as BaseException", type(e).__name__)

def swallow_all():
    try:
        yield
    except Exception:
        print("not reached")
    finally:
        print("cleanup only")

t = swallow_all()
next(t)
t.close()
print("done")
