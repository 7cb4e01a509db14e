class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        super().__setattr__(name, value)
t = Tracked()
t.a = 1
t.b = 2
t.a = 3
print(t.changes, t.a, t.b)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Box:
    pass
b = Box()
p = Proxy(b)
p.value = 10
print(b.value, p.value, hasattr(p, "value"), hasattr(p, "nope"))
print(getattr(p, "value"), p.__class__.__name__)
class Defaults:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return 0
dd = Defaults()
print(dd.anything, dd.other + 1, getattr(dd, "x", 5), hasattr(dd, "_private"))
