class Plugin:
    registry = {}
    priority = 0

    def __init_subclass__(cls, *, key=None, priority=0, abstract=False, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        if abstract:
            return
        name = key or cls.__name__.lower()
        if name in Plugin.registry:
            raise ValueError(f"duplicate plugin {name!r}")
        Plugin.registry[name] = cls

    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)

    def run(self, data):
        raise NotImplementedError


class Transformer(Plugin, abstract=True):
    def run(self, data):
        return [self.apply(x) for x in data]


class Upper(Transformer, priority=2):
    def apply(self, x):
        return x.upper()


class Reverse(Transformer, key="rev", priority=1):
    def apply(self, x):
        return x[::-1]


class Count(Plugin):
    def run(self, data):
        return len(data)


print(sorted(Plugin.registry))
for name in sorted(Plugin.registry, key=lambda n: -Plugin.registry[n].priority):
    p = Plugin.create(name)
    print(name, type(p).__name__, p.priority, p.run(["ab", "cd"]))
try:
    class Again(Plugin, key="rev"):
        pass
except ValueError as e:
    print("ValueError:", e)
print("Transformer" in Plugin.registry, Transformer.priority, Upper.priority)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
