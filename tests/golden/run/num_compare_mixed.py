# exact comparisons between ints and floats, even huge ones
big = 2**53 + 1
print(big == 2.0**53, big > 2.0**53, big - 1 == 2.0**53, float(big) == big)
print(10**400 > float("inf"), 10**400 < float("inf"), -10**400 > float("-inf"))
print(10**400 == float("inf"), 10**20 == 1e20, 10**20 + 1 == 1e20, 10**20 + 1 > 1e20)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0, True == 1.0, False < 0.5)
nan = float("nan")
print(nan == nan, nan != nan, 1 < nan, 1 > nan, 10**400 < nan, nan == 10**400)
print(2**63 == 2.0**63, 2**63 - 1 < 2.0**63, -(2**63) == -(2.0**63), 9007199254740993 < 9007199254740994.0)
print(sorted([3, 1.5, 2**60, -1e300, True, 2.5, 10**20]))
print(max(1, 1.0), min(1.0, 1), max(2**64, 1.8e19))
print(1j == 1j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, (2**53 + 1) + 0j == 2**53 + 1)
print({1: "a", 1.0: "b", True: "c"}, {2**64: 1}[2.0**64], {1.5 + 0j: 2}[1.5])
try:
    print(1j < 2j)
except TypeError as e:
    print(e)
try:
    print(1 < 1j)
except TypeError as e:
    print(e)
