# async for over async iterators and async generators.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
    print("agen finished")

async def main():
    async for v in Countdown(3):
        print("countdown", v)
    async for v in agen(3):
        print("agen", v)
    else:
        print("else runs")
    async for v in agen(5):
        if v == 20:
            break
        print("until break", v)
    collected = [v async for v in agen(2)]
    print(collected)
    print({v: v // 10 async for v in agen(3) if v})
    g = agen(1)
    print(type(g).__name__)
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
