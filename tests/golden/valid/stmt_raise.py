def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError("bad")
def k(e):
    raise RuntimeError("wrapped") from e
def m():
    raise KeyError from None
