# Functions, lambdas, generators and comprehensions nested in methods
# still mangle with the enclosing class's name.
class Box:
    def __init__(self):
        self.__items = [3, 1, 2]

    def sorted_items(self):
        def inner():
            return sorted(self.__items)
        return inner()

    def gen(self):
        return list(x for x in self.__items)

    def comp(self):
        return {k: self.__items[k] for k in range(2)}

    def lam(self):
        return (lambda: self.__items[0])()

    def closure(self):
        __local = "local"

        def read():
            return __local
        return read(), read.__code__.co_freevars


b = Box()
print(b.sorted_items(), b.gen(), b.comp(), b.lam(), b.closure())


def factory():
    class Made:
        __k = "k"

        def get(self):
            return self.__k
    return Made


print(factory()().get(), sorted(k for k in vars(factory()) if k.startswith("_M")))
