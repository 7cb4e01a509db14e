# An exception escaping __init__ after many successful constructions:
# the traceback shows the call and __init__.
class Item:
    def __init__(self, value):
        self.value = 10 // value


items = [Item(v) for v in range(1, 100)]
print(len(items), items[0].value)
Item(0)
