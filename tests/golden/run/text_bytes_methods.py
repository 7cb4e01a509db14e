# bytes methods shared with str: search, split, strip, pad, case, predicates.
b = b"Hello, World! hello"
print(b.find(b"llo"), b.rfind(b"llo"), b.find(108), b.count(b"l"), b.count(ord("o")), b.index(b"World"), b.rindex(b"o"))
print(b.find(b"l", 5, 10), b.count(b""), b.startswith(b"Hell"), b.endswith((b"x", b"llo")), b.startswith(b"World", 7))
print(b.split(), b.split(b", "), b.rsplit(b"l", 2), b"a  b \t c\n".split(None, 1), b"  a b  ".rsplit(maxsplit=1))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b.partition(b" "), b.rpartition(b" "), b.partition(b"#"))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x".lstrip(), b"x  ".rstrip(), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello WORLD".capitalize(), b"\xe9a".upper())
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 2), b"abc".replace(b"", b"-"), b"-".join([b"a", b"b", bytearray(b"c")]))
for name in ["isalnum", "isalpha", "isascii", "isdigit", "isspace", "islower", "isupper", "istitle"]:
    print(name, [getattr(x, name)() for x in [b"", b"abc", b"ABC", b"Abc Def", b"123", b" \t", b"a1", b"\xe9", b"a b"]])
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bdf"), b"hello".translate(t, b"l"))
print(b.hex(), b"\x01\xab".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03".hex(" ", -2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
for call in [lambda: b.find("a"), lambda: b.split(1), lambda: b.strip("x"), lambda: b.center(3, "a"), lambda: b"-".join([1]),
             lambda: b.startswith("a"), lambda: b.replace("a", b""), lambda: b.count(1000), lambda: b.index(b"zz"),
             lambda: b.partition(b""), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.maketrans(b"ab", b"c"),
             lambda: b.translate(b"short"), lambda: b.hex("ab"), lambda: b.join(5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
