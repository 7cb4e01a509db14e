# Descriptors added to a class after instances and call sites warmed up.
class P:
    def __init__(self, v):
        self.v = v


def read(objs):
    return [o.v for o in objs]


objs = [P(i) for i in range(4)]
print(read(objs))
# A property is a data descriptor: it beats the instance dict.
P.v = property(lambda self: "prop")
print(read(objs))
del P.v
print(read(objs))


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


P.w = NonData()
print(objs[0].w)
objs[0].w = "instance wins"
print(objs[0].w, objs[1].w)


class Data:
    def __get__(self, obj, owner):
        return "data"

    def __set__(self, obj, value):
        print("set", value)


P.v = Data()
print(read(objs))
objs[0].v = 5
print(objs[0].__dict__)
del P.v
print(read(objs))
P.z = staticmethod(lambda: "static")
P.k = classmethod(lambda cls: cls.__name__)
print(objs[0].z(), objs[0].k())
