# Text sequences repeated by bools and reversed: str, bytes, bytearray, memoryview.
print("abc" * True, repr("abc" * False), b"xy" * True, False * b"z", bytearray(b"q") * True, "ab"[True], "abc"[False:True])
print(list(reversed("héllo")), list(reversed(b"abc")), list(reversed(bytearray(b"abc"))), list(reversed(memoryview(b"xyz"))))
print("".join(reversed("stressed")), bytes(reversed(b"\x01\x02\x03")), bytearray(reversed(bytearray(b"ab"))))
