# A binary min-heap priority queue and a task scheduler using it.
class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[small]:
                    small = l
                if r < len(a) and a[r] < a[small]:
                    small = r
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top

    def __len__(self):
        return len(self.items)


h = Heap()
for x in [5, 3, 9, 1, 7, 2, 8, 1]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = Heap()
for prio, seq, name in [(2, 0, "write"), (1, 1, "plan"), (3, 2, "test"), (1, 3, "coffee"), (2, 4, "review")]:
    tasks.push((prio, seq, name))
clock = 0
while tasks:
    prio, _, name = tasks.pop()
    clock += prio
    print(f"t={clock:2d} {name} (priority {prio})")
h.pop()
