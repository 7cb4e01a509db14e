# async for over async generators with exceptions: raised inside the
# body, inside the generator, break, and nested loops.
import asyncio
async def numbers(n, fail_at=None):
    try:
        for i in range(n):
            if i == fail_at:
                raise ValueError(f'fail at {i}')
            yield i
            await asyncio.sleep(0)
    finally:
        print(f'numbers({n}) finally')
async def main():
    async for i in numbers(3):
        print('a', i)
    try:
        async for i in numbers(5, fail_at=2):
            print('b', i)
    except ValueError as e:
        print('caught', e)
    try:
        async for i in numbers(5):
            if i == 1:
                raise KeyError('body')
            print('c', i)
    except KeyError as e:
        print('body raised', e)
    g = numbers(10)
    async for i in g:
        if i == 2:
            break
    print('broke at', i)
    await g.aclose()
    total = 0
    async for i in numbers(3):
        async for j in numbers(2):
            total += i * j
    print('total', total)
    print([x async for x in numbers(4) if x % 2])
asyncio.run(main())
