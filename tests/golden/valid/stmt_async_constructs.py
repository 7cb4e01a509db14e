async def main():
    await something()
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async for item in stream:
        print(item)
    else:
        pass
    result = [x async for x in aiter()]
    gen = (await y for y in ys)
    value = await (await nested())
    return await asyncio.gather(*tasks)
