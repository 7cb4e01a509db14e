# Replacing or deleting an attribute releases the old value at once.
class Tag:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("released", self.n)


class Box:
    pass


box = Box()
box.item = Tag(1)
box.item = Tag(2)
print("replaced")
del box.item
print("deleted")
box.item = Tag(3)
box.__dict__.clear() if False else None
setattr(box, "item", Tag(4))
print("setattr")
delattr(box, "item")
print("delattr")
