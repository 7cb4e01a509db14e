# hash() of numbers: values that agree on every platform, and the equalities
for v in [0, 1, -1, -2, 12345, -12345, True, False, 0.0, -0.0, 1.0, -1.0, 2.0, 1e9,
          float("inf"), float("-inf"), 1j, 2 + 0j]:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1) == hash(True), hash(2**10) == hash(1024.0), hash(-1) == hash(-2))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(1.5) == hash(3 / 2), hash(0.1) != hash(0.2))
print(hash(2**100) == hash(2.0**100), hash(-(2**100)) == hash(-(2.0**100)), hash(10**30) == hash(10**30 + 0j))
print(hash(1.5 + 0j) == hash(1.5))
for bad in [[1], {}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
print(len({0.5, 1 / 2, 2 ** -1}), len({2**64, 2.0**64, 18446744073709551616}))
