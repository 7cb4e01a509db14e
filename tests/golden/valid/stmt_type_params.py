def first[T](items: list[T]) -> T:
    return items[0]
class Box[T]:
    def __init__(self, item: T):
        self.item = item
def bounded[T: int, U: (str, bytes)](a: T, b: U) -> None:
    pass
def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def paramspec[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    return fn
class Multi[T, *Ts, **P]:
    pass
def trailing[T,](x: T) -> T:
    return x
