def f(a: int, /, b: "str" = "x", *args: tuple, c: list[int], **kw: dict) -> bool:
    return True
