# a[x:y] is BINARY_SLICE, a[x:y] = v STORE_SLICE, a[x:y] op= v both.
class Logged:
    def __init__(self):
        self.data = list(range(6))

    def __getitem__(self, key):
        print("get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value


a = [0, 1, 2, 3, 4, 5]
i, j = 1, 4
print(a[i:j], a[i:], a[:j], a[:], a[-2:], a[i:j:2])
print("text"[i:j], b"bytes"[i:], (1, 2, 3)[:j], range(10)[i:j])
a[i:j] = ["x"]
print(a)
a[i:i] = [7, 8]
print(a)
a[i:j] += ["y"]
print(a)
s = "abcdef"
s2 = s
s2 = s2[i:j]
print(s, s2)
m = Logged()
print(m[i:j])
m[i:j] = [9]
m[:2] += [10]
print(m.data)
n = 5
try:
    n[i:j]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[i:j] = [3]
except TypeError as e:
    print("TypeError:", e)
try:
    a["x":j]
except TypeError as e:
    print("TypeError:", e)
print({1: 2}[i:j] if False else "skip")
d = {}
try:
    d[i:j]
except (KeyError, TypeError) as e:
    print(type(e).__name__, e)
