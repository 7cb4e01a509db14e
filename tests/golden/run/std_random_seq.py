import random

r = random.Random(7)
l = list(range(20))
r.shuffle(l)
print(l)
print(r.sample(range(100), 5), r.sample(range(100000), 8), r.sample("abcdef", 6))
print(r.sample([1, 2, 3, 4, 5], counts=[1, 2, 3, 4, 5], k=6), r.sample(range(50), k=0))
print(r.choices("abc", k=8), r.choices("abc", weights=[1, 5, 10], k=8))
print(r.choices(["x", "y"], cum_weights=[1, 3], k=5), r.choices(range(3)))
print(r.sample(list(range(30)), 25))
for bad in [lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.sample([1], -1),
            lambda: r.choices("ab", [1]), lambda: r.choices("ab", [1, 1], cum_weights=[1, 2]),
            lambda: r.choices("ab", [0, 0]), lambda: r.choices("ab", 3),
            lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.choices([], k=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
