counter = 0


def bump(by=1):
    global counter
    counter += by
    return counter


bump()
bump(5)
print(counter)


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(3)]


print([m(10) for m in make_multipliers()])


def outer():
    value = "outer"

    def middle():
        def inner():
            return value.upper()
        return inner()
    return middle()


print(outer())
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)


def local_before_assignment():
    print(y)
    y = 1


try:
    local_before_assignment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
big = 2 ** 200
print(big, big // 3 ** 50, -big % 7, big.bit_length() if hasattr(big, "bit_length") else "")
