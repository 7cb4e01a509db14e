# Methods through the type: str.upper("x"), str.join, str.maketrans, bytes.fromhex, isinstance.
print(str.upper("abc"), str.lower("ABC"), str.join("-", ["a", "b"]), str.split("a b"), str.replace("aa", "a", "b"))
print(str.maketrans("a", "b")[97], bytes.fromhex("4142"), bytearray.fromhex("43"), bytes.maketrans(b"a", b"b")[97])
print(list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower), list(map(str.title, ["ab cd"])))
print(isinstance("x", str), isinstance(b"x", bytes), isinstance(bytearray(), bytearray), isinstance(b"x", bytearray))
print(type("x"), type(b"x"), type(bytearray()), type(memoryview(b"")), str, bytes, bytearray, memoryview)
print(str.__name__, bytearray.__name__, memoryview.__name__)
for call in [lambda: str.upper(5), lambda: str.upper(), lambda: str.nope, lambda: bytes.fromhex(5)]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
