def gen():
    yield 1
    yield from range(3)
async def co(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass
    return [j async for j in x]
