# The implicit entries of a class namespace, in order, with annotations,
# a docstring and the __class__ cell.
class Plain:
    x = 1


class Doc:
    "doc"
    y: int = 2

    def m(self):
        return __class__


def outer():
    v = 1

    class Closing:
        w: int

        def m(self):
            return v

    return Closing


for cls in (Plain, Doc, outer()):
    print(cls.__name__, [k for k in cls.__dict__ if k not in ("__dict__", "__weakref__")])
