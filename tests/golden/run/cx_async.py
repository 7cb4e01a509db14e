# Async comprehensions (inlined) and await inside comprehensions.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in Ticker(3)]
    b = {x: await double(x) async for x in Ticker(2)}
    c = [await double(x) for x in range(3)]
    d = [y async for x in Ticker(2) for y in range(x)]
    e = {x async for x in Ticker(3) if x % 2}
    x = "kept"
    return a, b, c, d, sorted(e), x

def run(coro):
    try:
        coro.send(None)
    except StopIteration as s:
        return s.value

print(run(main()))
