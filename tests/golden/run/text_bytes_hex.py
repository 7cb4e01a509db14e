# bytes.hex with separators and group sizes; fromhex with whitespace; round trips.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -3), data.hex(b"_", 4), data.hex(sep=".", bytes_per_sep=5))
print(bytearray(b"\x00\xff").hex(), memoryview(b"ab").hex(), b"".hex(), b"".hex(":"))
for text in ["00ff", " 00 ff ", "0A0b\t0C\n0d", "", "  ", "DEADbeef"]:
    print(repr(text), bytes.fromhex(text), bytearray.fromhex(text), bytes.fromhex(text).hex() == text.replace(" ", "").replace("\t", "").replace("\n", "").lower())
for text in ["0", "0g", "g0", "0 0", "00 0", "\u00e9"]:
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print(repr(text), e)
