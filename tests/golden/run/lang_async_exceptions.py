# Exceptions in coroutines and tasks propagate to the awaiter.
import asyncio

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def ok(v):
    await asyncio.sleep(0)
    return v

async def main():
    try:
        await fail("direct")
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.gather(ok(1), fail("in gather"), ok(3))
    except ValueError as e:
        print("gather raised", e)
    results = await asyncio.gather(ok(1), fail("kept"), return_exceptions=True)
    print([repr(r) for r in results])
    task = asyncio.create_task(fail("task"))
    try:
        await task
    except ValueError as e:
        print("task raised", e, task.done(), repr(task.exception()))
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    return "survived"

print(asyncio.run(main()))

async def boom():
    raise KeyError("top")
try:
    asyncio.run(boom())
except KeyError as e:
    print("run raised", repr(e))
