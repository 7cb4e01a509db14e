# & | ^ ~ on negative and big ints, bools
vals = [0, 1, -1, 5, -6, 2**70, -(2**70), 2**64 - 1, -(2**64) + 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x10, a ^ -1)
for a in vals[:5]:
    for b in vals[4:]:
        print(a & b, a | b, a ^ b)
print(True & True, True & False, True | False, True ^ True, type(True ^ False).__name__)
print(True & 3, False | 4, True ^ 2, type(True & 1).__name__)
print(~int(True), ~int(False))
try:
    print(1 & 1.0)
except TypeError as e:
    print(e)
try:
    print(~1.5)
except TypeError as e:
    print(e)
