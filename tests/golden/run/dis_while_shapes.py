# while loops: the test is a jump; else runs unless break
n = 3
while n:
    n -= 1
    if n == 1:
        continue
    print("n", n)
else:
    print("else after", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
print("broke at", n)

i = 0
while not i >= 3:
    i += 1
print("i", i)

a, b = 5, 0
while a > b and b < 3:
    b += 1
print(a, b)

def countdown(k):
    out = []
    while k:
        out.append(k)
        k -= 1
        if k == 2:
            return out
    return None

print(countdown(5), countdown(1))
j = 0
while j < 10:
    j += 1
    try:
        if j == 2:
            continue
        if j == 4:
            break
    finally:
        print("finally", j)
