# Hot loops: range, while, nested, break/continue/else, int and float
# arithmetic that overflows into big ints.
total = 0
for i in range(100):
    for j in range(100):
        if j % 10 == 0:
            continue
        total += (i * j) % 7
print(total)
n = 0
while True:
    n += 1
    if n > 1000:
        break
else:
    print("not reached")
print(n)
for i in range(3):
    pass
else:
    print("else ran", i)
big = 1
for i in range(1, 40):
    big *= i
print(big, big % 1000003)
f = 0.0
for i in range(1000):
    f += i * 0.5
print(f)
x = 2**62
print(x + x, x * 4, -x - x - x)
