# a bad __bool__ in a condition raises from the test
class Bad:
    def __bool__(self):
        return 1

class Boom:
    def __bool__(self):
        raise ValueError("boom")

for label, fn in [
    ("if", lambda: 1 if Bad() else 0),
    ("and", lambda: Bad() and 1),
    ("not", lambda: not Bad()),
    ("or", lambda: Boom() or 1),
]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def f(x):
    if x and Boom():
        return 1
    return 0

print(f(0))
f(1)
