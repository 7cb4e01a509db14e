# asyncio.timeout / timeout_at: expiry, expired(), reschedule(), when(),
# no deadline, the body finishing in time, nesting.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print('when set:', cm.when() is not None, cm.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print('timed out, expired:', cm.expired())
    async with asyncio.timeout(None) as cm:
        print('no deadline:', cm.when())
        cm.reschedule(loop.time() + 5)
        print('rescheduled:', cm.when() > loop.time())
        await asyncio.sleep(0)
    print('expired:', cm.expired())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print('in time, expired:', cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            try:
                async with asyncio.timeout(10):
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner should not time out')
    except TimeoutError:
        print('outer timed out')
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print('past deadline times out at the first await')
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('body sees CancelledError')
                raise
    except TimeoutError as e:
        print('then TimeoutError, cause:', type(e.__cause__).__name__)
asyncio.run(main())
