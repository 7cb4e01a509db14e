# Arguments coming from unpacking and methods returned from functions.
def pair(a, b):
    return a - b


pairs = [(i, i * 2) for i in range(100)]
print(sum(pair(*p) for p in pairs), sum(pair(b=p[0], a=p[1]) for p in pairs))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()


st = Stack()
for i in range(100):
    st.push(i).push(-i)
print(len(st.items), st.pop(), st.pop())
push = st.push
for i in range(10):
    push(i)
print(st.items[-3:])
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
