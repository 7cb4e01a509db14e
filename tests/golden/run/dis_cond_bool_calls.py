# conditions as jumps: each operand's __bool__ runs once, in order
class B:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool", self.name)
        return self.value

    def __repr__(self):
        return self.name

T, F, T2, F2 = B("T", True), B("F", False), B("T2", True), B("F2", False)

def test(label, cond):
    print(label, "->", cond)

if T and F:
    test("and", 1)
else:
    test("and", 0)
if F or T:
    test("or", 1)
if not (T and F):
    test("not and", 1)
if not F and not F2:
    test("not not", 1)
if (T and F) or (F2 or T2):
    test("mixed", 1)
if (F or F2) and T:
    test("unreached", 1)
else:
    test("mixed2", 0)
if T if F else F2:
    test("unreached", 1)
else:
    test("ifexp", 0)
if (F if T else T2) or T2:
    test("ifexp or", 1)
x = T and F or T2
print("value", x)
y = F or F2
print("value", y)
while F:
    print("never")
else:
    print("while else")
n = 0
while T and n < 2:
    n += 1
print("n", n)
assert T and T2, "no"
try:
    assert T and F, "assert message"
except AssertionError as e:
    print("assert", e)
print([v for v in (T, F, T2) if v])
