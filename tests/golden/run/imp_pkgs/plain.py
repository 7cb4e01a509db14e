print("plain: executing, __name__ =", __name__)
value = 42
_private = "hidden"
items = [1, 2, 3]


def double(x):
    return x * 2


class Thing:
    def __repr__(self):
        return "Thing()"
