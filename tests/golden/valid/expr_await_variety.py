async def f():
    a = await b
    c = [await d for d in e]
    f_ = {await g: await h}
    i = await j if k else await l
    m = (await n)(await o)
    p = await q ** 2
    r = -await s
    t = await u.v.w()
    return await (await x)
