# Calls filling parameters from defaults, warm and cold.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c


acc = 0
for i in range(1000):
    acc += f(i % 3)
    acc += f(1, i % 5)
    acc += f(1, 2, i % 7)
print(acc)
print(f(9), f(9, 8), f(9, 8, 7))
print(f(9, c=1), f(a=4), f(5, b=0))


def mutable_default(x, acc=[]):
    acc.append(x)
    return len(acc)


for i in range(10):
    n = mutable_default(i)
print("shared default list", n)


class K:
    def m(self, a, b=5):
        return a + b


k = K()
print(sum(k.m(i) for i in range(100)), k.m(1, 1), K.m(k, 2))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    k.m()
except TypeError as e:
    print(e)
try:
    k.m(1, 2, 3)
except TypeError as e:
    print(e)
