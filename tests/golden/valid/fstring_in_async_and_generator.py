async def f():
    return f"{await g()}"
def gen():
    s = f"{(yield)}"
    return s
