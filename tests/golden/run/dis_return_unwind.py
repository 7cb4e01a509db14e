# return from inside loops and blocks: the value survives the unwinding
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit")

def from_for():
    for i in range(3):
        for j in range(3):
            if i + j == 3:
                return (i, j)
    return None

def const_from_for():
    for i in range(3):
        return 5

def from_with_loop():
    for i in range(3):
        with CM():
            if i == 1:
                return i * 10

def from_try_loop():
    for i in range(3):
        try:
            if i == 2:
                return "two"
        finally:
            print("finally", i)

def none_return():
    for i in range(2):
        with CM():
            return

def from_while():
    n = 0
    while True:
        n += 1
        try:
            if n > 2:
                return n
        except Exception:
            pass

def gen():
    for i in range(3):
        with CM():
            yield i
            if i == 1:
                return "gen done"

print(from_for(), const_from_for(), from_with_loop(), from_try_loop(), none_return(), from_while())
g = gen()
try:
    while True:
        print("yielded", next(g))
except StopIteration as e:
    print("stop value", e.value)
