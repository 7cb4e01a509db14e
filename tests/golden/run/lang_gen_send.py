# Generator send(): the value of the yield expression, StopIteration.value.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = accumulate()
print(next(g))
for v in [1, 2, 3, 10]:
    print("sent", v, "->", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("c")
except StopIteration as stop:
    print("done", stop.value)

# A finished generator raises StopIteration without a value.
try:
    e.send("d")
except StopIteration as stop:
    print("again", stop.value, stop.args)

# Sending a value to a just-started generator is an error.
g2 = accumulate()
try:
    g2.send(5)
except TypeError as err:
    print("TypeError:", err)
print(g2.send(None))
print(next(g2))
