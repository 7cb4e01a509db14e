class C:
    if cond:
        a: int
    try:
        b: str
    finally:
        pass
