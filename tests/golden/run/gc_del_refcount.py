# __del__ runs the moment the last reference goes.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Res("a")
print("before del")
del r
print("after del")

r = Res("b")
r = Res("c")
print("rebound")
r = None
print("set to None")


def use():
    local = Res("local")
    print("in use")


use()
print("after use")

Res("temporary")
print("after temporary")

items = [Res("in list")]
items.pop()
print("after pop")
