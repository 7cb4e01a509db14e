# A singly linked list with the sequence protocol.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([1, 2, 3, "four"])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 5 in ll)
ll.reverse()
print(ll, list(ll), sorted(ll[i] for i in range(3)))
print(bool(LinkedList()), bool(ll))
ll[10]
