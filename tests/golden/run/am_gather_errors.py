# gather: return_exceptions=True collects errors (and cancellations);
# without it the first error propagates while the others keep running;
# cancelling the gather cancels its children.
import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def slow(log):
    try:
        await asyncio.sleep(0.01)
        log.append('slow finished')
    except asyncio.CancelledError:
        log.append('slow cancelled')
        raise
async def main():
    print(await asyncio.gather(ok(1), bad('x'), ok(3), return_exceptions=True))
    log = []
    s = asyncio.create_task(slow(log))
    try:
        await asyncio.gather(bad('first'), s)
    except ValueError as e:
        print('propagated', e)
    await asyncio.sleep(0.02)
    print(log)
    c = asyncio.create_task(slow(log))
    await asyncio.sleep(0)
    c.cancel()
    print(await asyncio.gather(c, ok('fine'), return_exceptions=True))
    log.clear()
    g = asyncio.gather(slow(log), slow(log))
    await asyncio.sleep(0)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', log)
    print(await asyncio.gather())
asyncio.run(main())
