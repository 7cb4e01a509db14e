# asend() values flow into the generator; __anext__ is asend(None);
# an async generator used by hand from a task.
import asyncio
async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        await asyncio.sleep(0)
async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for v in (1, 2, 3):
        print(await acc.asend(v))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print('finished')
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print('still finished')
    acc2 = accumulator()
    print(await anext(acc2), await anext(acc2, 'default'))
    print(type(acc2).__name__, acc2.__name__, acc2.__qualname__)
    aw = acc2.asend(5)
    print(type(aw).__name__)
    try:
        print(await aw)
    except StopAsyncIteration:
        print('asend on a finished generator: StopAsyncIteration')
    await acc2.aclose()
    print(await anext(acc2, 'exhausted default'))
asyncio.run(main())
