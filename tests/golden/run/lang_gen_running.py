# A generator cannot resume itself.
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(list(me))

# The handled exception inside a paused generator does not leak out.
def in_handler():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "paused in handler"
        raise

h = in_handler()
print(next(h))
try:
    raise ValueError("outside")
except ValueError as e:
    print("context:", repr(e.__context__))
try:
    next(h)
except KeyError as e:
    print("re-raised", repr(e))

# Generator expressions evaluate their outermost iterable at once.
try:
    gen = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

data = [1, 2, 3]
gen = (x * 10 for x in data)
data = [7]
print(list(gen))
gen2 = (x for x in range(3) if 1 / x)
try:
    print(list(gen2))
except ZeroDivisionError as e:
    print("lazily:", e)
