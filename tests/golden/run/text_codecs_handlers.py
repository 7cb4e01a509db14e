# Error handlers for single-byte codecs in both directions.
data = b"A\x80\x81\x8d\x9f\xa0\xff"
for enc in ["ascii", "latin-1", "cp1252"]:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, err, repr(data.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, "UnicodeDecodeError:", e)
text = "a\u20ac\u0100\U0001f600z"
for enc in ["ascii", "latin-1", "cp1252", "utf-8"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, text.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError:", e)
print("ok".encode("ascii", "no-such-handler"), b"ok".decode("ascii", "no-such-handler"))
