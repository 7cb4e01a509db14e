# Async generators: asend, aclose, finally blocks, awaiting inside.
import asyncio

async def accumulate():
    total = 0
    try:
        while True:
            value = yield total
            await asyncio.sleep(0)
            if value is not None:
                total += value
    finally:
        print("accumulate cleanup, total", total)

async def main():
    acc = accumulate()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed generator is exhausted")

    async def numbers():
        for i in range(3):
            yield i
    total = 0
    async for n in numbers():
        total += n
    print("total", total)
    print(type(numbers()).__name__)

asyncio.run(main())
