a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-7:-2], a[100:], a[-100:2], a[5:2])
a[2:5] = "xy"
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[1::2]
print(a)
a[1:1] = [7, 8]
print(a)
a[:] = []
print(a)
b = [1, 2, 3]
b[0:0] = b
print(b)
b[len(b):] = (i * i for i in range(3))
print(b)
b[1:3] = map(str, [5, 6])
print(b)
del b[::-1]
print(b)
c = list(range(6))
del c[1:4]
print(c)
c[-1:] = range(3)
print(c)
c[5:1:-1] = "abcd"[:3]
print(c)
print(c[2**70:], c[:-2**70], c[::2**70])
for bad in ["c[::2] = [1]", "c[1:2] = 5", "c[::0] = []", "c['a':] = []", "c[::-1] = range(2)"]:
    try:
        exec(bad) if False else None
    except Exception:
        pass
try:
    c[::2] = [1]
except ValueError as ex:
    print("ValueError:", ex)
try:
    c[1:2] = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    c[::0] = []
except ValueError as ex:
    print("ValueError:", ex)
try:
    c["a":] = []
except TypeError as ex:
    print("TypeError:", ex)
try:
    del c[::0]
except ValueError as ex:
    print("ValueError:", ex)
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-2], "hello"[1:4], "hello"[::-1])
c[::-1] = range(3)
