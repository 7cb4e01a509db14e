import struct

print(struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -(2 ** 62), 2 ** 64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -7, 4000000000, -(2 ** 62), 2 ** 64 - 1))
print(struct.pack("!bB?c", -1, 255, 5, b"z"), struct.pack("=lL", -1, 1))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -(2 ** 62), 2 ** 64 - 1)))
for fmt in ("<d", ">d", "<f", ">f", "<e", ">e"):
    for v in (1.5, -0.1, 3.141592653589793, 1e-40, 65504.0, 0.0, -0.0, float("inf"), float("-inf"), 5e-324, 1e-7, 2.0 ** -14, 2.0 ** -24):
        try:
            packed = struct.pack(fmt, v)
            print(fmt, v, packed, struct.unpack(fmt, packed))
        except OverflowError as e:
            print(fmt, v, "OverflowError", e)
print(struct.unpack("<d", struct.pack("<d", float("nan")))[0] != struct.unpack("<d", struct.pack("<d", float("nan")))[0])
print(struct.pack("<5s3s0s", b"hello world", b"a", b"zz"), struct.unpack("<5s3s", b"helloa\x00\x00"))
print(struct.pack("<5p", b"hello world"), struct.unpack("<5p", b"\x09hell"), struct.pack("<3x2b", 1, 2))
print(struct.calcsize("<hHiIqQ"), struct.calcsize("<5s3x"), struct.calcsize("@bhiq"), struct.calcsize("@q"), struct.calcsize("<"), struct.calcsize("@bd"))
print(struct.pack("@bi", 1, 2), struct.pack("@cd", b"x", 1.0), struct.calcsize("@ci"), struct.calcsize("< 2h 3i "))
s = struct.Struct("<2hI")
print(s, s.format, s.size, s.pack(1, -1, 7), s.unpack(b"\x01\x00\xff\xff\x07\x00\x00\x00"))
buf = bytearray(10)
struct.pack_into("<hi", buf, 2, 5, -3)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from("<h", buf), struct.unpack_from("<i", buf, offset=-4))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")), struct.unpack("<h", bytearray(b"\x10\x00")), struct.unpack("<h", memoryview(b"\x10\x00")))
print(struct.pack("<h", True), struct.pack("<d", 1), struct.pack(b"<h", 3), struct.Struct(b"<h").format)


class Idx:
    def __index__(self):
        return 7


print(struct.pack("<i", Idx()), struct.unpack("<0s", b""), struct.pack("<x"), struct.pack(">?", []))
for fmt, args in [("<h", (40000,)), ("<H", (-1,)), ("<b", (200,)), ("<B", (256,)), ("<i", (2 ** 31,)), ("<I", (2 ** 32,)),
                  ("<q", (2 ** 63,)), ("<Q", (-1,)), ("<i", ("x",)), ("<i", (1.5,)), ("<f", ("x",)), ("<c", (b"ab",)),
                  ("<c", ("a",)), ("<3s", ("abc",)), ("<ii", (1,)), ("<i", (1, 2)), ("<y", (1,)), ("<4", ()), ("<n", (1,))]:
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print("struct.error:", e)
for f in [lambda: struct.unpack("<i", b"abc"), lambda: struct.unpack_from("<i", b"abcd", 2), lambda: struct.iter_unpack("<i", b"abcde"),
          lambda: struct.pack_into("<i", bytearray(2), 0, 1), lambda: struct.Struct(5), lambda: struct.pack("<f", 1e300),
          lambda: struct.pack("<e", 1e10)]:
    try:
        print(f())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
