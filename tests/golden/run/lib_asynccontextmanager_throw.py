# An exception inside `async with` of an @asynccontextmanager is thrown into the generator.
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def session(name):
    print('open', name)
    try:
        yield name
    except KeyError as e:
        print('generator handled', repr(e))
    finally:
        print('close', name)
async def main():
    try:
        async with session('bad'):
            raise ValueError('inside')
    except ValueError as e:
        print('ValueError:', e)
    async with session('swallow'):
        raise KeyError('k')
    print('after swallow')
asyncio.run(main())
