# Locals are released when an exception leaves a function and is caught.
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def fails():
    r = R(1)
    raise ValueError("oops")


try:
    fails()
except ValueError as e:
    print("caught", e)
print("after try")
