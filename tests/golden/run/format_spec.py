pi = 3.14159265
n = 1234567
print(f"{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:^9.2f}| {pi:+.1f} {-pi:.0f} {pi:e} {pi:.3E}")
print(f"{n:,} {n:_} {n:10d}| {n:<10}| {n:^10}| {n:010d} {-n:010,} {n:+}")
print(f"{255:x} {255:#X} {8:o} {5:b} {5:#b} {255:08b}")
print(f"{0.5:%} {0.125:.1%} {1e-7:g} {123456789.0:g} {0.0001:g} {1.5:g} {100.0:.3g} {2.0:.0f}")
print(f"{'hi':>5}|{'hi':<5}|{'hi':^6}|{'hi':*^7}|{'truncate':.3}")
print(f"{pi:10}|{n:>{8}}|{True:d}|{float('inf'):.2f}|{-0.0:.1f}")
x = 42
print(f"{x!r:>6} {'a'!r} {x=}")
assert x == 42
try:
    assert x < 0, "x must be negative"
except AssertionError as e:
    print("assert:", e)
