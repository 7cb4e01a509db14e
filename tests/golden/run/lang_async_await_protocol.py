# __await__ on user classes; awaiting things that are not awaitable.
import asyncio

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(0).__await__() if False else ()
        return self.value

class Bad:
    def __await__(self):
        return 5

async def main():
    print(await Ready(7))
    try:
        await Bad()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1]
    except TypeError as e:
        print("TypeError:", e)
    def gen():
        yield 1
    try:
        await gen()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

async def f():
    return 1
coro = f()
print(type(coro).__name__)
coro.close()
c2 = f()
try:
    for x in c2:
        pass
except TypeError as e:
    print("TypeError:", e)
c2.close()
