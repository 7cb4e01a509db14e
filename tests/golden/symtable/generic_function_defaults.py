def f[T, *Ts, **P](a: T = 1, *args: *Ts, k: int = 2, **kw: P.kwargs) -> T:
    return a
