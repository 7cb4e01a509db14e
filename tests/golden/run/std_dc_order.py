from dataclasses import dataclass, field

@dataclass(order=True)
class V:
    a: int
    b: str = "x"
    note: str = field(default="", compare=False)

print(sorted([V(2), V(1, "z"), V(1, "a", "ignored")]))
print(V(1) < V(2), V(1) <= V(1), V(2) > V(1, "zz"), V(1) >= V(1, "y"))
print(V(1, "x", "a") == V(1, "x", "b"))
try:
    V(1) < 3
except TypeError as e:
    print(e)
print(max(V(3), V(3, "y")), min([V(5), V(4, "q")]))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print(sorted([Task(3, "c"), Task(1, "a"), Task(2, "b")]))
