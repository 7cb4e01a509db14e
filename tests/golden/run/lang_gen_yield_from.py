# yield from: delegation of next/send, and the sub-generator's return value.
def inner(tag):
    got = yield f"{tag}-1"
    print("inner got", got)
    got = yield f"{tag}-2"
    print("inner got", got)
    return f"{tag} result"

def outer():
    r1 = yield from inner("a")
    print("outer got", r1)
    r2 = yield from inner("b")
    print("outer got", r2)
    return [r1, r2]

o = outer()
print(next(o))
print(o.send(10))
print(o.send(20))
print(o.send(30))
try:
    o.send(40)
except StopIteration as e:
    print("final", e.value)

# yield from any iterable.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

def chars():
    yield from "abc"
    yield from range(3)
    yield from (x * x for x in range(4))
    yield from {"k": 1, "j": 2}

print(list(chars()))

# The value of yield from a plain iterator is None.
def plain():
    r = yield from [1, 2]
    print("plain result", r)

print(list(plain()))
