# Digit grouping with ',' and '_' combined with width, zero padding, signs and types.
for v in [0, 5, 1234, -1234, 123456789, -987654321, 10**20]:
    print([format(v, s) for s in [",", "_", "08,", "09,", "010,", "+012_", "_x", "_o", "_b", "#_x", "#012_x", "^+15,", "*<12,", "=15,"]])
for v in [0.0, 1234.5, -1234567.891, 1e10, 123.456]:
    print([format(v, s) for s in [",", "_", ",.2f", "_.3f", "015,.2f", ",.3e", ",g", ",.10g", "+,.0f", "_%"]])
