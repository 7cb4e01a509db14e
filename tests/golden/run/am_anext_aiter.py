# The builtins aiter() and anext(): async generators and user async
# iterators, the default value, and the errors for other objects.
import asyncio
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
async def gen():
    yield 'a'
    yield 'b'
async def main():
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g = aiter(gen())
    print(await anext(g), await anext(g, 'x'), await anext(g, 'default'))
    aw = anext(gen(), None)
    print(type(aw).__name__, await aw)
    for bad in (1, [1], 'abc'):
        try:
            anext(bad)
        except TypeError as e:
            print('TypeError:', e)
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError:', e)
    print([x async for x in aiter(Countdown(3))])
asyncio.run(main())
