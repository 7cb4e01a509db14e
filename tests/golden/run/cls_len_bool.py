class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(3)), bool(L(0)), bool(L(2)))
if not L(0):
    print("empty is falsy")
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B()), len(B()))
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(Neg())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
print(bool(NoLen()))
class Big:
    def __len__(self):
        return 2**70
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
