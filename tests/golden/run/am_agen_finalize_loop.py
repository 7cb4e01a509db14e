# An async generator abandoned inside asyncio.run is closed by the loop
# with aclose(); its finally can await.
import asyncio
async def ticks(name):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print('closing', name)
async def main():
    async for i in ticks('one'):
        if i == 2:
            break
    print('after break')
    await asyncio.sleep(0.01)
    print('main done')
asyncio.run(main())
print('end')
