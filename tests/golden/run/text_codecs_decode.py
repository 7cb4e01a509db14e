# bytes.decode / str(b, enc): utf-8 error ranges, utf-16/32 BOMs, latin-1, ascii, cp1252, handlers.
data = [b"plain", b"caf\xc3\xa9", b"\xff", b"\xe2\x82", b"a\xf0\x90\x28b", b"\xed\xa0\x80", b"\xc0\x80", b"\x80abc", b"ok\xe2\x82\xacok"]
for d in data:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(d, err, repr(d.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(d, err, "UnicodeDecodeError:", e)
for d, enc in [(b"ab\x00", "utf-16"), (b"\xff\xfea\x00b\x00", "utf-16"), (b"\xfe\xff\x00a\x00b", "utf-16"), (b"\x00\xd8", "utf-16-le"),
               (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"), (b"=\xd8\x00\xde", "utf-16-le"), (b"abc", "utf-32"),
               (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32"), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"),
               (b"\x81", "cp1252"), (b"\x80\x9f", "cp1252"), (b"\x80abc", "ascii"), (b"\xe9\xff", "latin-1"), (b"\x00\x00\x00a", "utf-32-be")]:
    try:
        print(d, enc, repr(d.decode(enc)))
    except UnicodeDecodeError as e:
        print(d, enc, "UnicodeDecodeError:", e, e.args[2:])
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"a\xffb", "ascii", "replace"), str(b"x", encoding="utf-8"))
print(bytearray(b"\xc3\xa9").decode(), b"\x00".decode("ascii"), b"".decode("utf-16"), b"abc".decode(errors="strict"))
for call in [lambda: b"x".decode("nope"), lambda: b"\xff".decode("utf-8", "bogus"), lambda: b"x".decode(1),
             lambda: str(5, "utf-8"), lambda: str(b"x", 1), lambda: b"x".decode("utf-8", "strict", 3)]:
    try:
        print(call())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
b"caf\xe9".decode()
