# athrow() into a generator that returns instead: StopAsyncIteration.
# aclose() variants: ignored GeneratorExit, awaiting in finally.
import asyncio
async def returns():
    try:
        yield 1
    except ValueError:
        print('returning')
        return
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring exit')
        yield 2
async def slow_cleanup():
    try:
        yield 1
    finally:
        print('cleanup start')
        await asyncio.sleep(0)
        print('cleanup end')
async def main():
    g = returns()
    await g.__anext__()
    try:
        await g.athrow(ValueError)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
    g = slow_cleanup()
    print(await g.__anext__())
    print('aclose ->', await g.aclose())
    print('again ->', await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    g = returns()
    print('aclose unstarted ->', await g.aclose())
asyncio.run(main())
