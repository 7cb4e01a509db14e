# The implicit __class__ cell together with a function's closure and
# class-level names passed through to methods.
def build(tag):
    class Base:
        def who(self):
            return "base " + tag

    class Child(Base):
        tag = "class-level tag"

        def who(self):
            return "child(" + super().who() + ") " + tag

        def cls(self):
            return __class__.__name__

    return Child


C = build("closure tag")
print(C().who(), C().cls(), C.tag)
print(sorted(C.who.__code__.co_freevars))


class Direct:
    def m(self):
        return __class__


print(Direct().m() is Direct)
print("__classcell__" in Direct.__dict__, "__classdictcell__" in Direct.__dict__)
