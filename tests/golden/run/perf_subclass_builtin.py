# Subclasses of built-in types and exceptions with an __init__.
class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n


class MyDict(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        self.extra = len(kw)


class MyInt(int):
    def __init__(self, v):
        self.orig = v


class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


print(MyList(4), MyList(4).n, MyDict(a=1, b=2), MyDict(a=1).extra)
print(MyInt("42") + 1, MyInt(7).orig)
for i in range(3):
    try:
        raise MyError(i)
    except MyError as e:
        print(e, e.code, e.args)


class PlainError(ValueError):
    pass


print(repr(PlainError(1, 2)))
raise MyError(99)
