# Errors inside tasks reach whoever awaits them, with their chains
# and notes; errors of tasks awaited through gather and wait_for.
import asyncio
async def level2():
    await asyncio.sleep(0)
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
async def level1():
    try:
        await level2()
    except RuntimeError as e:
        e.add_note('noted in level1')
        raise
async def main():
    t = asyncio.create_task(level1())
    try:
        await t
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__notes__)
    try:
        await asyncio.gather(level1())
    except RuntimeError as e:
        print('gather:', repr(e), e.__notes__)
    try:
        await asyncio.wait_for(level1(), 1)
    except RuntimeError as e:
        print('wait_for:', repr(e), type(e.__cause__).__name__)
    print(t.exception() is not None, type(t.exception()).__name__)
asyncio.run(main())
