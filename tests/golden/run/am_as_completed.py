# as_completed: results in completion order with `for` (awaitables) and
# `async for` (the tasks); a timeout; shield().
import asyncio
async def job(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    return name
async def fail(steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise ValueError('failed job')
async def main():
    tasks = [asyncio.create_task(job(n, s)) for n, s in [('c', 3), ('a', 1), ('b', 2)]]
    for aw in asyncio.as_completed(tasks):
        print('for:', await aw)
    tasks = [asyncio.create_task(job(n, s)) for n, s in [('y', 2), ('x', 1)]]
    async for t in asyncio.as_completed(tasks):
        print('async for:', t.result(), t.done())
    its = asyncio.as_completed([job('q', 1), fail(2)])
    results = []
    for aw in its:
        try:
            results.append(await aw)
        except ValueError as e:
            results.append(repr(e))
    print(results)
    slow = asyncio.create_task(job('slow', 10 ** 6))
    try:
        for aw in asyncio.as_completed([slow], timeout=0.01):
            await aw
    except TimeoutError:
        print('as_completed timed out')
    slow.cancel()
    inner = asyncio.create_task(job('shielded', 3))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner still running:', not inner.done())
    print(await inner)
    c = job('bad', 0)
    try:
        asyncio.as_completed(c)
    except TypeError as e:
        print('TypeError:', e)
    c.close()
asyncio.run(main())
