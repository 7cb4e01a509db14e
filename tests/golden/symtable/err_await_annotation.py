async def f() -> await x:
    pass
