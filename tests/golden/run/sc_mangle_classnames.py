# The class name used for mangling: leading underscores are stripped,
# an all-underscore name mangles nothing, nested classes use the
# innermost class, dunder names and names with one underscore are exempt.
class _Lead:
    __x = "lead"
    __dunder__ = "dunder"
    _single = "single"
    __ = "two underscores"
    ___ = "three underscores"


print(sorted(k for k in vars(_Lead) if not k.startswith("__") or k in ("__", "___")))


class __Double:
    __y = 1


print([k for k in vars(__Double) if "y" in k])


class ___:
    __z = 1


print([k for k in vars(___) if "z" in k])


class Outer:
    __o = "outer"

    class Inner:
        __i = "inner"

        def get(self):
            return self.__i

    class __Hidden:
        __h = "hidden"

    def inner_attr(self):
        return self.__o, Outer.Inner().get()


print(sorted(k for k in vars(Outer) if not k.endswith("__")))
print(sorted(k for k in vars(Outer.Inner) if not k.endswith("__")))
print(sorted(k for k in vars(Outer._Outer__Hidden) if not k.endswith("__")))
print(Outer._Outer__Hidden.__name__, Outer._Outer__Hidden.__qualname__)
print(Outer().inner_attr())


def __function_name():
    return "module functions are not mangled"


class UsesModuleName:
    def call(self):
        return __function_name()


try:
    UsesModuleName().call()
except NameError as e:
    print("NameError:", e)
