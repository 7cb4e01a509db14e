# Annotation and type-parameter scopes inside a class see the class
# namespace (__classdict__).
class Container:
    Alias = int

    def method[T: Alias](self, x: T) -> Alias:
        return x

    type Pair = tuple[Alias, Alias]
    field: Alias
    other: list[Alias]


print(Container.method.__type_params__[0].__bound__)
print(Container.method.__annotations__)
print(Container.Pair.__value__)
print(Container.__annotations__)


class Shadows:
    str = bytes
    a: str

    def f(self) -> str:
        pass


print(Shadows.__annotations__, Shadows.f.__annotations__)
print(Shadows.__annotate__.__code__.co_freevars)
