# f-strings and str(): conversions, specs, nested fields, and the values
# they format.
for v in [0, -7, 10**25, -(10**25), 3.0, -0.0, 1e16, 1.5e-7, float("inf"), True, None, "ünï", b"b", [1, "x"], (2,), {"k": 1}]:
    print(f"[{v}] [{v!r}] [{v!s}] [{v!a}]", str(v) == f"{v}")
n = 255
print(f"{n:x} {n:#o} {n:08b} {n:,} {-n:+d} {n:>6} {n:<6}| {n:^7}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'s':*>{w}}|{'é':-^5}|")
print(f"{'a' 'b'}{f'{n}'}{n!r:>5}{'{'}{'}'}", f"{{literal}}", f"{n=}", f"{n = :x}")
parts = [f"{i}:{chr(945 + i)}" for i in range(5)]
print(parts, "".join(parts))
print(str(), str(""), str(12), str(-12), str(2**64), str(0.1), str(1 / 3), repr(str(True)))
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P()} {P():abc} {P()!s} {P()!r}")
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError:", e)
print(f"{'x':{'>'}{4}}")
f"{'abc':d}"
