# __del__ with instances made by the fast class-call path; __del__ added
# to a class after instances were made and freed.
class Res:
    def __init__(self, name):
        self.name = name


def churn(n):
    for i in range(n):
        r = Res(i)
    return "done"


print(churn(5))


def finalizer(self):
    print("del", self.name)


Res.__del__ = finalizer
print(churn(3))
a = Res("a")
b = Res("b")
del a
print("between")
b = None
del Res.__del__
print(churn(2))


class Child(Res):
    pass


Res.__del__ = finalizer
c = Child("child")
del c
print("end")
