# str.encode with utf-8, ascii, latin-1, cp1252, utf-16/32 (+le/be) and error handlers.
s = "aé€😀"
for enc in ["utf-8", "UTF8", "utf_16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32BE", "u8"]:
    print(enc, s.encode(enc))
for enc in ["ascii", "latin-1", "cp1252", "iso-8859-1"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, err, s.encode(enc, err), s.encode(encoding=enc, errors=err) == s.encode(enc, err))
print("café".encode("latin-1"), "€‚ƒ".encode("cp1252"), "plain".encode("ascii"), "".encode("utf-16"), "x".encode())
for args in [("ascii",), ("latin-1",), ("cp1252",), ("ascii", "bogus"), ("nope",), (1,), ("utf-8", 2)]:
    try:
        print(("héllo" + s).encode(*args))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc\xe9\xe9d".encode("ascii")
except UnicodeEncodeError as e:
    print(e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
"\u20ac".encode("latin-1")
