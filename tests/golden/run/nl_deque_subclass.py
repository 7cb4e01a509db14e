from collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(len(s), s.peek(), list(s), s.pop(), isinstance(s, deque), type(s).__name__)
print(s.maxlen, 2 in s, list(reversed(s)))

class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=3)

b = Bounded(range(10))
print(list(b), b.maxlen)
b.append('x')
print(list(b))

class Logged(deque):
    def append(self, x):
        print('append', x)
        super().append(x)

l = Logged()
l.append(1)
l.appendleft(0)
print(list(l), len(l))
print(deque.__mro__[0].__name__, Stack.__mro__[1].__name__, issubclass(Stack, deque))
print(s, b, l, repr(Stack()))
print(list(s + Stack([5])), list(s * 2))
