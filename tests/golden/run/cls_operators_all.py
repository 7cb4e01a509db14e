class Rec:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
for op in ops:
    setattr(Rec, f"__{op}__", lambda self, other, op=op: f"{self}.{op}({other})")
    setattr(Rec, f"__r{op}__", lambda self, other, op=op: f"{self}.r{op}({other})")
a = Rec("a")
print(a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, a ** 1, a << 1, a >> 1, a & 1, a | 1, a ^ 1, a @ 1)
print(1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, 1 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a, 1 @ a)
b = a
b += 2
print(b)
b = a
b **= 3
print(b)
print(divmod(7, 2))
class Neg:
    def __rsub__(self, other):
        return NotImplemented
try:
    5 - Neg()
except TypeError as e:
    print("TypeError:", e)
try:
    Neg() ** 2
except TypeError as e:
    print("TypeError:", e)
try:
    x = Neg()
    x //= 2
except TypeError as e:
    print("TypeError:", e)
