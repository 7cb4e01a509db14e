import base64, binascii

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]
for d in data:
    e64 = base64.b64encode(d)
    e32 = base64.b32encode(d)
    e16 = base64.b16encode(d)
    print(e64, e32, e16, base64.b32hexencode(d))
    assert base64.b64decode(e64) == d and base64.b32decode(e32) == d and base64.b16decode(e16) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    print(base64.b85encode(d), base64.a85encode(d), base64.b85decode(base64.b85encode(d)) == d, base64.a85decode(base64.a85encode(d)) == d)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.standard_b64encode(b"xyz"), base64.standard_b64decode(b"eHl6"), base64.b64decode("YWJj\nZGVm"), base64.b64decode(memoryview(b"YWJj")))
print(base64.b64decode("YQ==YQ=="), base64.b64decode(b"YQ==="), base64.b64decode("ab!cd=="), base64.b64encode(bytearray(b"abc")))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"), base64.b85encode(b"abc", pad=True), base64.z85encode(b"abcd"))
print(base64.a85encode(b"hello world" * 3, wrapcol=20, adobe=True), base64.a85encode(b"    ", foldspaces=True), base64.a85encode(b"\0\0\0\0"))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode(b"z"), base64.b32decode("mfrgg===", casefold=True), base64.b32decode("0O======", map01="L"))
print(base64.b16decode("6a6b", True), binascii.hexlify(b"ab", "-"), binascii.b2a_hex(b"\x01\x02"), binascii.unhexlify("6162"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk="))
for f in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("abcde"), lambda: base64.b64decode("ab!c", validate=True),
          lambda: base64.b64decode("aé"), lambda: base64.b64decode("Y=Q="), lambda: base64.b64decode("YQ="), lambda: base64.b64decode(5),
          lambda: base64.b64encode("x"), lambda: base64.b32decode("mfrgg==="), lambda: base64.b32decode("MFRG"), lambda: base64.b32decode("MFRGG1=="),
          lambda: base64.b16decode("6a6b"), lambda: base64.b16decode("6A6"), lambda: binascii.unhexlify("zz"), lambda: base64.b64encode(b"x", altchars=b"-"),
          lambda: base64.b64decode("YQ==YQ", validate=True), lambda: base64.b64decode("=YQ=", validate=True), lambda: base64.b85decode(b"~~~~~")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
