# % with floats and ints: special values, alternate forms, signs and widths.
for v in [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 123456789.0, float("inf"), float("-inf"), float("nan")]:
    print("%f|%.1f|%e|%.2E|%g|%#g|%+G|%10.3f|%-10.2e|%010.2f|% f" % ((v,) * 11))
for v in [0, 1, -1, 255, -255, 2**64]:
    print("%d|%+d|% d|%5d|%-5d|%05d|%x|%#x|%#X|%o|%#o|%#5x|%-#6o|%.3x|%#.4o" % ((v,) * 15))
