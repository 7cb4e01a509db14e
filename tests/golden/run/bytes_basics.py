data = b"hello\x00\xff"
print(data, len(data), data[0], data[-1], data[1:3], list(b"ab"), b"ell" in data, 104 in data)
print(b"ab" + b"cd", b"x" == b"x", "héllo".encode(), b"caf\xc3\xa9".decode(), bytes([65, 66]), bytes(3))
print({b"k": 1}[b"k"], repr(b"'quote'"), str(b'"dq"'), bytes(), b"a" < b"b")
