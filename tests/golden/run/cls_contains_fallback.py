class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
class Truthy:
    def __contains__(self, x):
        return "yes"
class Nothing:
    pass
print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(3 in WithIter(), 4 in WithIter())
print(2 in WithGetitem(), 3 in WithGetitem())
print(1 in Truthy())
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, other):
        print("eq called")
        return True
print(Eq() in [1], 1 in [Eq()])
