# asynccontextmanager and AsyncExitStack under asyncio.run.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing
@asynccontextmanager
async def session(name):
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        print('close', name)
async def main():
    async with session('db') as s:
        print('using', s)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session('a'))
        b = await stack.enter_async_context(session('b'))
        stack.callback(print, 'sync callback')
        async def acb(msg):
            print('async callback', msg)
        stack.push_async_callback(acb, 'done')
        print('both', a, b)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print('agen finalised')
    async with aclosing(agen()) as g:
        async for v in g:
            print('value', v)
            break
asyncio.run(main())
