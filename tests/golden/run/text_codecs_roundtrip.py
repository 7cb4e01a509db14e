# Encode/decode round trips across codecs for many strings; lengths of encodings.
texts = ["", "ascii", "café", "naïve façade", "€100", "日本語テキスト", "emoji 😀🎉", "\x00\x7f\x80\xff", "mixed ß ẞ ǅ"]
for t in texts:
    row = []
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        data = t.encode(enc)
        row.append((len(data), data.decode(enc) == t))
    print(repr(t), row)
    for enc in ["latin-1", "ascii", "cp1252"]:
        try:
            data = t.encode(enc)
            print("   ", enc, data, data.decode(enc) == t)
        except UnicodeEncodeError as e:
            print("   ", enc, "error at", e.args[2], e.args[3], e.args[4])
print("x".encode("utf-16")[:2], "x".encode("utf-32")[:4], b"\xff\xfex\x00".decode("utf-16"), b"\xfe\xff\x00x".decode("utf-16"))
