async def f():
    -await x
    await x ** 2
    (await x).attr
    await x.attr
    await x[0]
    await x()
    not await x
