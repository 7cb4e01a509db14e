async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
