# A class body nested in a function reads the function's locals; a name
# the class binds is looked up in the class namespace first.
def outer():
    x = "function x"
    y = "function y"

    class C:
        try:
            print("before:", x)
        except NameError as e:
            print("NameError:", e)
        x = "class x"
        print("after:", x)
        seen = y

        def method(self):
            return x, y

    return C


C = outer()
print(C.x, C.seen, C().method())


def shadow():
    v = "outer v"

    class F:
        v = "class v"

        def get(self):
            return v

        both = v

    return F


F = shadow()
print(F().get(), F.v, F.both)


def reads_late():
    class G:
        def m(self):
            return late

    late = "assigned after the class"
    return G


print(reads_late()().m())


def unbound():
    class H:
        print(z)

    z = 1


try:
    unbound()
except NameError as e:
    print("NameError:", e)
