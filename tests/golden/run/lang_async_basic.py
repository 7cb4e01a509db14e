# Coroutines: async def, await, return values, asyncio.run.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total

async def main():
    print("sum", await chain(5))
    print("nested", await add(await add(1, 2), await add(3, 4)))
    coro = add(10, 20)
    print(type(coro).__name__)
    print(await coro)
    return "done"

print(asyncio.run(main()))

async def no_await():
    return 42
print(asyncio.run(no_await()))

# A coroutine can be driven by hand: send() until StopIteration.
c = add(2, 3)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
