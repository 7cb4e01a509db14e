# bytes: construction, indexing gives ints, slicing, repr rules, comparison, operators.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"), bytes("a", encoding="ascii"))
b = b"abcdef"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[10:], type(b[0]), list(b[:3]), b[-2:])
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\x7f\x80\xff\t\n\r\\"), b"\x41\x42", str(b"x"))
print(b == b"abcdef", b < b"abd", b"" < b"a", b == bytearray(b"abcdef"), b != "abcdef", b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"x" * 0)
print(98 in b, b"cd" in b, b"" in b, bytearray(b"ef") in b, len(b), max(b), sum(b), sorted(b"cab"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), [x for x in b"hi"], list(reversed(b"ab")), b"a" if b else b"")
for call in [lambda: bytes("a"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(1.5), lambda: bytes([1, "a"]),
             lambda: b"x" + "a", lambda: b"a" < "a", lambda: "a" in b"a", lambda: b[10], lambda: b["x"],
             lambda: b"x" * "y", lambda: 300 in b, lambda: bytes("a", "nope"), lambda: bytes(1, "utf-8"), lambda: hash(bytearray())]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
