# The class attribute cache keeps nothing alive: an object stored on a
# class and read through instances dies as soon as the class lets it go.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


class Holder:
    shared = Tracked("shared")

    def get(self):
        return self.shared


h = Holder()
for _ in range(3):
    print(h.shared.name, h.get().name, Holder.shared.name)
print("deleting")
del Holder.shared
print("deleted")
try:
    h.shared
except AttributeError as e:
    print("AttributeError:", e)
Holder.shared = Tracked("second")
print(h.shared.name)
Holder.shared = Tracked("third")
print(h.get().name)
h.shared = Tracked("own")
print(h.shared.name)
del h
print("end")
