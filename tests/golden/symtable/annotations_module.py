x: int = 1
y: list[str]
z.attr: int = 2
(w): float = 3.0
