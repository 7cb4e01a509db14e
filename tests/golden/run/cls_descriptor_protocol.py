class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            print("get on class", objtype.__name__)
            return self
        print("get", self.name)
        return obj.__dict__.get("_" + self.name, 0)
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__["_" + self.name]

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from " + objtype.__name__

class Thing:
    size = Verbose()
    label = NonData()

t = Thing()
print(t.size)
t.size = 5
print(t.size)
print(Thing.size.name)
del t.size
print(t.size)
print(t.label)
t.__dict__["label"] = "instance wins"
print(t.label)
t.__dict__["size"] = "ignored"
print(t.size)
print(Thing.label)
