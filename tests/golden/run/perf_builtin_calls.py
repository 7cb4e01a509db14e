# Calls of built-in functions and types mixed with Python calls, and
# Python functions called back from built-ins.
def key(x):
    return -x


data = list(range(20))
print(sorted(data, key=key)[:5])
print(list(map(key, data[:4])), list(filter(lambda v: v % 3 == 0, data)))
total = 0
for i in range(2000):
    total += abs(-i) + len(str(i)) + int("7") + round(1.5)
print(total)
print(isinstance(3, int), isinstance(key, int))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    key()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
