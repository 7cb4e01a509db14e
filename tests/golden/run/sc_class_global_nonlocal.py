# global and nonlocal declarations in class bodies.
counter = 0


class A:
    global counter
    counter = 10
    print("in class:", counter)


print(counter, "counter" in vars(A))


def make():
    total = 1

    class B:
        nonlocal total
        total += 5
        here = total

    return total, B.here, "total" in vars(B)


print(make())


def nested():
    n = 0

    class Outer:
        nonlocal n
        n = 1

        class Inner:
            nonlocal n
            n = 2

    return n


print(nested())


class G:
    global declared_in_class

    def set_it(self):
        global declared_in_class
        declared_in_class = "set"


G().set_it()
print(declared_in_class)


class Q:
    global missing_global
    try:
        print(missing_global)
    except NameError as e:
        print("NameError:", e)
