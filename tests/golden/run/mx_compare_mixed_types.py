# Comparisons between a class and its subclass overriding the reflected
# method: the subclass wins; otherwise the left operand goes first.
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  Money.__eq__")
        return isinstance(other, Money) and self.v == other.v
    def __lt__(self, other):
        print("  Money.__lt__")
        return self.v < other.v
class Euro(Money):
    def __gt__(self, other):
        print("  Euro.__gt__")
        return self.v > other.v
print(Money(1) < Euro(2))
print(Euro(1) < Money(2))
print(Money(1) == Euro(1))
print(Euro(1) == Money(1))
print(Money(1) > Euro(0))
print(sorted([Euro(3), Money(1), Euro(2)], key=lambda m: m.v)[0].v)
print(max(Money(5), Euro(7), key=lambda m: m.v).v)
