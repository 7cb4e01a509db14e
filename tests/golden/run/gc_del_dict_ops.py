# Dict operations release values immediately.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


d = {"a": V(1), "b": V(2), "c": V(3)}
del d["a"]
print("after del d['a']")
d["b"] = V(4)
print("after overwrite")
d.pop("c")
print("after pop")
d.clear()
print("after clear")
