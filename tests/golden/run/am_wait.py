# asyncio.wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
# timeout; argument errors.
import asyncio
async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name
def names(tasks):
    return sorted(t.get_name() for t in tasks)
async def main():
    ts = [asyncio.create_task(job(f'j{i}', i * 0.005), name=f'j{i}') for i in range(3)]
    done, pending = await asyncio.wait(ts)
    print('all:', names(done), names(pending))
    ts = [asyncio.create_task(job(f'k{i}', i * 0.02), name=f'k{i}') for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first:', names(done), names(pending))
    for t in pending:
        t.cancel()
    ts = [asyncio.create_task(job('ok', 0.001), name='ok'),
          asyncio.create_task(job('bad', 0.005, fail=True), name='bad'),
          asyncio.create_task(job('slow', 1), name='slow')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception:', names(done), names(pending))
    for t in pending:
        t.cancel()
    t = asyncio.create_task(job('long', 1), name='long')
    done, pending = await asyncio.wait([t], timeout=0.01)
    print('timeout:', names(done), names(pending))
    t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    c = job('c', 0)
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    try:
        await asyncio.wait([t], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)
asyncio.run(main())
