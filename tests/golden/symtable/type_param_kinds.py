def f[T: int = bool, *Ts = *tuple[int], **P = [int, str]]():
    pass
