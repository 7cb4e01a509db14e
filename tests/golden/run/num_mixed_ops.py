# result types of mixed int/float/bool/complex operations
vals = [3, 2.5, True, 2j, 2**70]
for a in vals:
    row = []
    for b in vals:
        for op in ("+", "-", "*", "/"):
            r = eval(f"a {op} b") if False else {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
            row.append(type(r).__name__[0])
    print(type(a).__name__, "".join(row))
print(3 + 2.5, 3 * 2.5, 3 / 2.5, 3 - True, 2.5 * True, 2**70 * 0.5, 2**70 + 1j, 2**70 / 2**69)
x = 5
x /= 2
print(x)
x = 7
x //= 2.0
print(x)
x = 10
x %= 3
x **= 3
x -= 0.5
print(x)
