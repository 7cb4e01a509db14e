# bytes split/rsplit on ASCII whitespace with maxsplit; only ASCII whitespace counts.
for b in [b"  a b\tc\n d  ", b"", b"   ", b"one", b"a\x0bb\x0cc\x1cd", b"a\xa0b \x85c", b"x  y  z"]:
    print(b, b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2), b.rsplit(maxsplit=0))
    print("   ", b.split(b" "), b.rsplit(b" ", 1), b.split(b"  ", 1), b.strip(), b.splitlines())
print(bytearray(b" a b ").split(), bytearray(b"a,b").rsplit(b","), [type(x).__name__ for x in bytearray(b"a b").split()])
