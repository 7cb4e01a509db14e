for expr in [lambda: [0] * (2**64), lambda: [1, 2] * 2**100, lambda: (0,) * 2**70,
             lambda: "ab" * 2**64, lambda: [] * 2**100, lambda: [None] * -5, lambda: (1,) * -1]:
    try:
        r = expr()
        print("ok", r)
    except OverflowError as ex:
        print("OverflowError:", ex)
    except MemoryError:
        print("MemoryError")
try:
    [0] * 1.5
except TypeError as ex:
    print("TypeError:", ex)
a = [1]
try:
    a *= 2**64
except OverflowError as ex:
    print("OverflowError:", ex, a)
print(len([0] * 1000), len("x" * 100), len((1, 2) * 50))
[0] * 2**100
