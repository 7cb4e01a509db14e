# throw() and close() are forwarded to the generator being delegated to.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner handles", e)
        yield "recovered"
        return "inner done"
    finally:
        print("inner finally")

def outer():
    try:
        result = yield from inner()
        print("outer result", result)
        yield "outer continues"
    finally:
        print("outer finally")

o = outer()
print(next(o))
print(o.throw(ValueError("v")))
print(next(o))
print(next(o, "exhausted"))

# An exception the inner generator does not handle reaches the outer one.
def inner2():
    yield "i"

def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer2 caught", repr(e))
        yield "handled"

o2 = outer2()
print(next(o2))
print(o2.throw(KeyError("x")))

# close() closes the inner generator first.
o3 = outer()
print(next(o3))
o3.close()
print("closed")

# The inner generator returning while thrown into resumes the outer one.
def inner4():
    try:
        yield 1
    except ValueError:
        return "early return"

def outer4():
    r = yield from inner4()
    yield "outer4 got " + r

o4 = outer4()
next(o4)
print(o4.throw(ValueError))
