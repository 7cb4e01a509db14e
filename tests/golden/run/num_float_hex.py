# float.hex and float.fromhex round trips
for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "0X1.FFFFFFFFFFFFFP+1023",
          "1", "0x.8", "-0x10", "  0x1p4  ", "inf", "-infinity", "nan", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x0p0", "-0x0p0", "0x1P+3", "0x10.8p-2", "ff"]:
    print(s, float.fromhex(s))
for bad in ["", "0x", "0xg", "1p", "0x1p1.5", "0x1pp1", "x1"]:
    try:
        print(float.fromhex(bad))
    except ValueError as e:
        print(repr(bad), e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print(e)
for x in [1.0, 0.1, -3.75, 1e-310, 2.0**1023, 123.456]:
    print(x.hex(), float.fromhex(x.hex()) == x)
