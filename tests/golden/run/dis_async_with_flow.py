# async with: __aenter__/__aexit__ awaited; suppression; jumps out
import asyncio

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None, v)
        return self.suppress

async def work():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with ACM(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    async with ACM("r"):
        return "returned"

print(asyncio.run(work()))
