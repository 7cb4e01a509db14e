x: int
y: int = 1
z: list[int] = []
obj.attr: str = "a"
items[0]: float = 1.0
(name): str = "parenthesized"
(w): int
callback: "Callable[[int], str]"
t: tuple[int, ...] = (1, 2)
u: int = yield_value if False else 0
