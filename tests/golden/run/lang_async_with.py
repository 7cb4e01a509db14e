# async with: __aenter__/__aexit__ awaited, exceptions and suppression.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self
    async def __aexit__(self, typ, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, typ.__name__ if typ else None)
        return self.suppress

async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("using", a.name, b.name)
    async with Resource("quiet", suppress=True):
        raise RuntimeError("hidden")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return await early()

async def early():
    async with Resource("ret"):
        return "returned early"

print(asyncio.run(main()))

class NotAsync:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

async def bad():
    async with NotAsync():
        pass
try:
    asyncio.run(bad())
except TypeError as e:
    print("TypeError:", e)
