# Errors from the iterables of comprehensions.
def f():
    return [x for x in 42]
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    {k: v for k, v in [1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    [y for x in [1] for y in x]
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __iter__(self):
        raise RuntimeError("no iter")
try:
    {z for z in Bad()}
except RuntimeError as e:
    print("RuntimeError:", e)
print([u for u in undefined_name])
