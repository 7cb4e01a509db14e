# A free variable read in a class body comes from the namespace first
# (LOAD_FROM_DICT_OR_DEREF), so a metaclass __prepare__ can supply it.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": "from __prepare__", "shadowed": "namespace wins"}


def f():
    injected = "from the function"
    shadowed = "function loses"
    plain = "function only"

    class C(metaclass=Meta):
        a = injected
        b = shadowed
        c = plain

        def m(self):
            return injected, shadowed

    return C


C = f()
print(C.a, C.b, C.c)
print(C().m())


