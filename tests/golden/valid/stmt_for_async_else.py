async def f():
    async for x, *y in z:
        continue
    else:
        pass
    async for (a, b) in c:
        break
