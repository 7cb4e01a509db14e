# bytes % formatting.
print(b"%d %5d %-3d| %x %#X %o" % (1, 2, 3, 255, 255, 8))
print(b"%s %b %s" % (b"raw", bytearray(b"ba"), memoryview(b"mv")))
print(b"%r %a" % (b"x", "\xe9"), b"%c%c" % (65, b"B"), b"%5.2f|%e|%g" % (3.14159, 100.0, 0.5), b"%%")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, bytearray(b"%s!") % b"ba", type(bytearray(b"%s") % b"x"))
for fmt, args in [(b"%s", "str"), (b"%d", "a"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
