# Class annotations are evaluated on first access to __annotations__,
# so forward references and the class's own name work.
class Node:
    value: int
    next: "Node | None"
    parent: Node
    children: list[Node] = []

    def method(self, other: Node) -> Node:
        return other


print(Node.__annotations__)
print(Node.method.__annotations__)
print("__annotate_func__" in Node.__dict__, "__annotations_cache__" in Node.__dict__)
print(Node.__annotate__.__qualname__)
print(Node.__annotate__(1) == Node.__annotations__)
print(Node.__annotations__ is Node.__annotations__)


class Sub(Node):
    extra: float


class Empty(Node):
    pass


print(Sub.__annotations__)
print(Empty.__annotations__, Empty.__annotate__)
try:
    Node().__annotations__
except AttributeError as e:
    print("AttributeError:", e)


class Mangled:
    __private: int
    __dunder__: str


print(Mangled.__annotations__)


class Shadow:
    int = str
    x: int


print(Shadow.__annotations__)


class Fails:
    a: Missing


try:
    Fails.__annotations__
except NameError as e:
    print("NameError:", e)
Missing = bytes
print(Fails.__annotations__)
