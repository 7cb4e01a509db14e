# Task cancellation: CancelledError raised at the await, finally runs.
import asyncio

async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleanup")

async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done())
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))
    u = asyncio.create_task(sleeper("u"))
    await asyncio.sleep(0)
    u.cancel()
    results = await asyncio.gather(u, return_exceptions=True)
    print([type(r).__name__ for r in results])
    v = asyncio.create_task(sleeper("v"))
    print("cancel before start ->", v.cancel())
    try:
        await v
    except asyncio.CancelledError:
        print("v never ran:", v.cancelled())

asyncio.run(main())
print("after run")
