# gather and create_task: results in argument order, interleaving as CPython.
import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()

async def ticker(label, n):
    for i in range(n):
        print(label, "tick", i)
        await asyncio.sleep(0)
    return label

async def main():
    results = await asyncio.gather(worker("a", 0.03), worker("b", 0.01), worker("c", 0))
    print(results)
    print(await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 1)))
    t1 = asyncio.create_task(worker("t1", 0.01))
    t2 = asyncio.create_task(worker("t2", 0))
    print("tasks created", t1.done(), t2.done())
    print(await t1, await t2)
    print(t1.done(), t1.result())
    print(await asyncio.gather())

asyncio.run(main())
