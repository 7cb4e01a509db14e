# wait_for: a result in time, a timeout (TimeoutError, the inner task
# cancelled), timeout=None, timeout <= 0.
import asyncio
async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print('slow', value, 'cancelled')
        raise
async def main():
    print(await asyncio.wait_for(slow(0, 'fast'), timeout=1))
    try:
        await asyncio.wait_for(slow(10, 'never'), timeout=0.01)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0, 'no limit'), None))
    t = asyncio.create_task(slow(10, 'task'))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print('timeout 0:', t.cancelled())
    done = asyncio.create_task(slow(0, 'done'))
    await asyncio.sleep(0.001)
    print(await asyncio.wait_for(done, -1))
    try:
        await asyncio.wait_for(slow(0, 'x') if False else bad(), 1)
    except KeyError as e:
        print('inner error passes through', e)
async def bad():
    raise KeyError('inner')
asyncio.run(main())
