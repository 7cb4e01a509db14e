print(ascii("plain"), ascii("é"), ascii("日本"), ascii("\U0001f600"), ascii(["ü", 1]))
print(ascii(1), ascii(None), ascii({"ß": "\n"}), ascii(b"\xff"))
print(format(42), format(42, "5d"), format(3.14159, ".2f"), format("s", ">4"), format(255, "#x"))
print(format(True), format(None), format([1]), format(1234567, ","), format(0.5, "%"))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
class Plain:
    def __str__(self):
        return "plain"
print(format(F(), "abc"), format(F()), f"{F():xyz}", format(Plain()))
for bad in [lambda: format(1, 2), lambda: format(Plain(), "x"), lambda: format(1, "q"),
            lambda: format(), lambda: ascii()]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
format("x", "d")
