async def f():
    def g[T = await x](): pass
