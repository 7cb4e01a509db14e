def f(a: int, *args: str, b: float = 1.0, **kwargs: object) -> None:
    pass
def g(*args: *Ts) -> tuple[*Ts]:
    pass
def h(x: "forward", y: list["Node"]) -> "Result":
    pass
def k(callback: Callable[[int, str], None] = lambda a, b: None) -> int | None:
    pass
