# Comprehensions inside try/except/finally and with blocks.
def f(xs):
    i = "init"
    try:
        return [10 // i for i in xs]
    except ZeroDivisionError:
        return "caught", i
    finally:
        print("finally sees", i)

print(f([1, 2]))
print(f([1, 0]))

class Ctx:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

with Ctx() as items:
    print([i / (i - 2) for i in items])
print("after with")
