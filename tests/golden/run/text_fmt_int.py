# format() of ints: types b c d o x X n, '#', sign, grouping, zero padding, alignment.
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, -(2**64), True, False]
specs = ["", "d", "5d", "<5d", "^7d", "=+7d", "+d", " d", "-d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "08b", "#010x", "010d", ",", "_", "_x", "_b", "#_o", ",d", "012,", "09,", "n", "*>8", "0<6", "0=8", "z<3" if False else "<3"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(65, "c"), format(0x1F600, "c"), format(97, "^5c"), repr(format(10, "c")))
print(f"{42:>{6}}", f"{-42:{'0'}{8}}", f"{255:#0{10}x}", f"{1234567:,}", f"{True:5}", f"{True}")
for v, s in [(5, ".2"), (5, "+c"), (5, "#c"), (5, ",c"), (5, "z"), (5, ",x"), (5, "_n"), (5, "s"), (5, "q"),
             (5, "abc"), (5, "d "), (5, ",_"), (5, "__"), (5, "2147483648"), (0x110000, "c"), (-1, "c"), (5, ".")]:
    try:
        print(v, s, format(v, s))
    except (ValueError, OverflowError) as e:
        print(v, repr(s), type(e).__name__, e)
