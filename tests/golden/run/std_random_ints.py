import random

r = random.Random(2024)
print([r.randint(1, 6) for _ in range(20)])
print([r.randrange(10) for _ in range(10)], [r.randrange(5, 50, 5) for _ in range(6)])
print([r.randrange(100, 0, -7) for _ in range(6)], r.randrange(-10, -5))
print(r.randrange(2**80), r.randint(-2**40, 2**40))
print([r.choice("abcdefghij") for _ in range(10)], r.choice([None]), r.choice(range(1000)))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 2), lambda: r.randrange(1, 10, 0),
            lambda: r.randrange(1, 10, -1), lambda: r.randrange(1.5), lambda: r.randrange(1, 2.5),
            lambda: r.choice([]), lambda: r.getrandbits(-1), lambda: r.randint(3, 1),
            lambda: r.randrange(3, step=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
