# true division of ints is correctly rounded, even for huge ints
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2)
print(10**30 / 10**10, 10**400 / 10**399, (10**400 + 1) / 10**399)
print(2**1100 / 2**1000, (2**53 + 1) / 1, (2**54 + 3) / 2)
print(1 / 10**400, -1 / 10**400)
print(3**500 / 7**200)
print((10**17 + 1) / 10, 9007199254740993 / 1)
print(2**1074 // 1 / 2**2148 if False else 1 / 2**1074, 1 / 2**1075, 3 / 2**1076)
print(123456789012345678901234567890 / 987654321)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399)
print(2**2000 / 2**1990)
