class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def __len__(self):
        return self._len
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, value):
        print("contains", value)
        return any(v == value for v in self)
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __reversed__(self):
        return reversed(list(self))
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __bool__(self):
        return self.head is not None

ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], 2 in ll, 5 in ll)
ll.push(0)
print(list(ll), ll == LinkedList([0, 1, 2, 3]), ll == [0, 1, 2, 3], ll != LinkedList())
print(ll + LinkedList("ab"), bool(LinkedList()), bool(ll), sum(ll), max(ll))
print(list(reversed(ll)), sorted(ll, reverse=True), [x * 2 for x in ll])
a, b, *rest = ll
print(a, b, rest, dict(zip(ll, "wxyz")))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
try:
    ll.head.other = 1
except AttributeError as e:
    print("AttributeError:", e)
