# Int, float, bool and big-int keys: equal numbers are one key, order is
# insertion order, negative and huge ints work.
d = {}
for i in range(-50, 50, 7):
    d[i] = str(i)
print(d)
d[True] = "t"
d[0.0] = "zero"
d[2**63] = "big"
d[-2**63] = "small"
d[2.0**63] = "bigf"
print(d[1], d[0], d[2**63], d[-2**63], len(d))
print({i: i for i in range(10) if i % 2}, {-1: "a", -2: "b"}[-2])
print({1e300: 1, 1e-300: 2, float("inf"): 3}[float("inf")])
nan = float("nan")
print({nan: 1}.get(nan))
print(sorted({x * 0.5: x for x in range(6)}.items()))
print({10**20: "x"}[10**20], {(1, 2): 3}[(1.0, 2.0)])
big = {i * 1000003: i for i in range(2000)}
print(sum(big[i * 1000003] for i in range(0, 2000, 3)))
