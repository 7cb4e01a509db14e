a = [5, 2, 8, 1]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
a.sort(key=lambda x: x % 4)
print(a)
b = a
b.sort()
print(a is b, a)
data = list(range(40, 0, -1))
data.sort(key=lambda x: (x % 5, x))
print(data)
# a key function that changes the list
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except ValueError as ex:
    print("ValueError:", ex, lst)
seen = []
lst = [3, 1, 2]
def key(v):
    seen.append(len(lst))
    return v
lst.sort(key=key)
print(seen, lst)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.clear() or v)
except ValueError as ex:
    print("ValueError:", ex)
print(lst)
for bad in [lambda: [].sort(1), lambda: [1].sort(key=1), lambda: [1].sort(cmp=None),
            lambda: [1, 2.5, "x"].sort()]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
c = [3, 1, None]
try:
    c.sort()
except TypeError as ex:
    print("TypeError:", ex, c)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(1), K(3), K(2)]))
x = [2, 1]
x.sort(key=lambda v: 1 / (v - 1))
