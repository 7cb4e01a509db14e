# A binary search tree: insert, search, delete, traversals, height.
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        def go(node):
            if node is None:
                self.count += 1
                return Node(key)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            return node
        self.root = go(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key):
        def go(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = go(node.left, key)
            elif key > node.key:
                node.right = go(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = go(node.right, succ.key)
            return node
        self.root = go(self.root, key)
        self.count -= 1

    def inorder(self):
        def go(node):
            if node:
                yield from go(node.left)
                yield node.key
                yield from go(node.right)
        return list(go(self.root))

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def __len__(self):
        return self.count


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), len(t), t.height())
print(40 in t, 99 in t)
for k in (20, 30, 50):
    t.delete(k)
    print("del", k, t.inorder(), t.height())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), len(words))
t.delete(1234)
