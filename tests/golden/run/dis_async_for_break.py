# async for: break pops the async iterator, else runs when exhausted
import asyncio

class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            print("stop")
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async for x in AIter(2):
        print("x", x)
    else:
        print("else")
    async for x in AIter(5):
        if x == 2:
            continue
        if x == 3:
            break
        print("body", x)
    else:
        print("not printed")
    print("after break", x)
    out = []
    for i in range(2):
        async for y in AIter(3):
            if y > i:
                break
            out.append((i, y))
    print(out)
    async def agen():
        yield "a"
        yield "b"
    async for v in agen():
        print("agen", v)
        break
    return "done"

print(asyncio.run(main()))
