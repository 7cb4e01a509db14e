class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), isinstance(s, Stack), type(s).__name__)
print(s + [9], s * 2, 2 in s, list(s), sorted(Stack([3, 1, 2])))
for x in s:
    print("item", x)
s[0] = 10
print(s[0], s[:], s == [10, 2])
s.extend([7, 8])
s.sort()
print(s, bool(Stack()), bool(s))

class Loud(list):
    def __init__(self, items):
        print("init with", items)
        super().__init__(items)
    def append(self, x):
        print("append", x)
        super().append(x)
    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"
l = Loud([1])
l.append(2)
print(l, str(l), len(l))
print(issubclass(Stack, list), Stack.__mro__)
