class Base:
    pass
class C(Base, metaclass=type):
    attr = 1
    other = attr + 1
    def method(self):
        return self.attr
    @staticmethod
    def static():
        return attr
