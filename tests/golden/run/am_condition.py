# asyncio.Condition: wait/notify/notify_all and wait_for(predicate).
import asyncio
async def consumer(cond, name, items, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))
async def main():
    cond = asyncio.Condition()
    items, log = [], []
    tasks = [asyncio.create_task(consumer(cond, f'c{i}', items, log)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(log)
    woke = []
    async def sleeper(n):
        async with cond:
            await cond.wait()
            woke.append(n)
    ts = [asyncio.create_task(sleeper(n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(woke)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
asyncio.run(main())
