type Alias[T = int] = list[T]
def f[T = int, U = str]():
    pass
class C[T: int = bool, *Ts = *tuple[int, ...], **P = [int, str]]:
    pass
class D[T = int, *Ts = *tuple[str]]:
    pass
def g[**P = ...](): pass
