def check(v):
    assert v > 0
    return v

check(-1)
