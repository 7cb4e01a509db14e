# __del__ is found through the class hierarchy; super().__del__ works.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    pass


class Override(Base):
    def __del__(self):
        print("Override.__del__")
        super().__del__()


c = Child()
del c
o = Override()
del o
b = Base()
b = 5
print("done", b)
