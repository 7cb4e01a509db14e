class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return f"${self.amount}"
        if spec == "words":
            return f"{self.amount} dollars"
        return "$" + format(self.amount, spec)
    def __str__(self):
        return f"Money({self.amount})"
m = Money(12.5)
print(f"{m}", f"{m:words}", f"{m:>10.2f}", format(m), format(m, ".1f"), "{:words}".format(m), "{}".format(m), str(m))
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
class Num(float):
    pass
print(f"{Num(3.14159):.2f}", format(Num(2), "05.1f"))
