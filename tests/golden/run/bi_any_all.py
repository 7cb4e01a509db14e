def noisy(values):
    for v in values:
        print("visit", v)
        yield v

print(any(noisy([0, "", 3, 4])))
print(all(noisy([1, 2, 0, 5])))
print(any([]), all([]), any([0.0, None]), all("abc"))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print(any({0: 1}), all({1: 0}), any(set()), all((1, [1]))) 
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return self.v
print(any([Truthy(False), Truthy(True), Truthy(True)]))
for bad in [lambda: any(), lambda: all(1), lambda: any([1], [2])]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
all([1, Truthy(3)])
