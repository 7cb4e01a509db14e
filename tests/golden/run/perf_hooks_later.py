# __getattr__/__setattr__/__getattribute__ added after warm-up.
class H:
    def __init__(self):
        self.x = 1


def probe(h):
    try:
        return h.missing
    except AttributeError as e:
        return f"AttributeError: {e}"


h = H()
print(probe(h), h.x)
H.__getattr__ = lambda self, name: f"fallback {name}"
print(probe(h), h.x)


def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


H.__setattr__ = loud_setattr
h.x = 2
h.y = 3
print(h.x, h.y)
H.__getattribute__ = lambda self, name: f"always {name}"
print(h.x, h.anything)
del H.__getattribute__
print(h.x)
