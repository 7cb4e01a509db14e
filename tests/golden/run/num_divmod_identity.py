# a == (a // b) * b + a % b with |a % b| < |b| and the sign of b
vals = [0, 1, -1, 7, -7, 13, -13, 2**64 + 7, -(2**64) - 7, 10**30, -(10**30)]
ok = 0
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        assert q == a // b and r == a % b
        assert a == q * b + r, (a, b)
        assert abs(r) < abs(b) and (r == 0 or (r > 0) == (b > 0))
        ok += 1
print(ok, "int pairs ok")
fvals = [0.5, -0.5, 3.75, -3.75, 1e10, -1e-10, 7.0, -7.0]
for a in fvals:
    for b in fvals:
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r)
