# The order in which containers release what they hold.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = [A(1), A(2), A(3)]
del l
print("-- list: last to first")
t = (A(1), A(2), A(3))
del t
print("-- tuple: last to first")
d = {1: A(1), 2: A(2), 3: A(3)}
del d
print("-- dict: in order")
o = A(0)
o.a = A(1)
o.b = A(2)
del o
print("-- instance, then its attributes")


def f():
    a = A(1)
    b = A(2)
    c = A(3)
    print("leaving f")


f()
print("-- locals of a returning function")
