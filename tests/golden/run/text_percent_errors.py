# % formatting errors, each with CPython's message.
tests = [("%d", 3.7), ("%x", 3.5), ("%f", "a"), ("%c", "ab"), ("%c", 1.5), ("%c", 0x110000), ("%*d", ("a", 3)),
         ("%(a)s", (1,)), ("%s %s", (1,)), ("%s", (1, 2)), ("%", 1), ("%y", 1), ("%s %s", {"a": 1}),
         ("%(a)", {"a": 1}), ("%(a)s", 5), ("%s", ()), ("a", 5), ("%d", "5"), ("%d", None), ("%o", 1.0),
         ("%(missing)s", {"a": 1}), ("%e", [1]), ("%(a", {"a": 1}), ("abc %", ()), ("%.2z", 1), ("%d", float("nan"))]
for fmt, args in tests:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s and %s" % ("x", "y"))
"%d items" % "many"
