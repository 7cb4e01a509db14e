# athrow() into a generator that awaits while handling: the awaits go
# up to the event loop; throw() into the athrow awaitable.
import asyncio
async def worker(log):
    n = 0
    while True:
        try:
            v = yield n
            log.append(('got', v))
            n += 1
        except KeyError as e:
            log.append(('handling', e.args[0]))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            n += 100
            log.append(('handled', n))
async def ticker(log):
    for i in range(3):
        log.append(('tick', i))
        await asyncio.sleep(0)
async def main():
    log = []
    g = worker(log)
    print(await g.asend(None))
    print(await g.asend('a'))
    t = asyncio.create_task(ticker(log))
    print(await g.athrow(KeyError('x')))
    await t
    print(await g.asend('b'))
    await g.aclose()
    for entry in log:
        print(entry)
asyncio.run(main())
