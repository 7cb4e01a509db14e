# Python functions called from native code (sorted keys, __init__,
# special methods) nested in Python calls, near the limits.
class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return "V(" + str(self.n) + ")"

    def __add__(self, other):
        return V(self.n + other.n)


vs = [V((i * 7) % 10) for i in range(10)]
print(sorted(vs)[:3])
acc = V(0)
for v in vs:
    acc = acc + v
print(acc)


def rec_sort(n):
    if n == 0:
        return [V(1), V(0)]
    return sorted(rec_sort(n - 1), key=lambda v: -v.n)


print(rec_sort(5))
