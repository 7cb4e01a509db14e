class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        parts = s.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    pass

print(Date.from_string("2024-01-02"), EuroDate.from_string("2020-12-31"))
print(Date.is_valid("2024-01-02"), Date("1", "2", "3").is_valid("x-y"))
d = EuroDate(1, 2, 3)
print(d.from_string("5-6-7"), type(d.from_string("5-6-7")).__name__)
f = Date.from_string
print(f("1-1-1"))
class Counter:
    total = 0
    @classmethod
    def bump(cls):
        cls.total += 1
        return cls.total
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.total, SubCounter.total)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
sm = staticmethod(len)
class Holder:
    size = sm
print(Holder.size([1, 2]), Holder().size("abc"))
