# for loops: break pops the iterator, else runs when exhausted
class It:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        print("iter")
        return self

    def __next__(self):
        if self.i >= self.n:
            print("exhausted")
            raise StopIteration
        self.i += 1
        return self.i

for x in It(2):
    print("x", x)
else:
    print("else")

for x in It(3):
    if x == 2:
        break
else:
    print("not printed")
print("after break", x)

for x in It(3):
    if x < 3:
        continue
    print("reached", x)

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1

print(find("abc", "c"), find("abc", "z"))

def nested():
    res = []
    for a in range(3):
        for b in range(3):
            if b > a:
                break
            if (a + b) % 2:
                continue
            res.append((a, b))
        else:
            res.append("inner else")
    return res

print(nested())

for k, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(k, a, b)

def gen():
    yield 1
    yield 2
    return "done"

for v in gen():
    print("gen", v)
