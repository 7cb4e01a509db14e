async def f():
    a = [i async for i in source()]
    b = {i async for i in source()}
    c = {k: v async for k, v in pairs()}
    d = (i async for i in source())
    e = [await g(i) for i in range(3)]
    f = [i async for i in source() if await check(i) async for j in other(i)]
