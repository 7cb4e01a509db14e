# Scheduling order of tasks, sleeps and gathers matches CPython's loop.
import asyncio

log = []

async def step(name, delays):
    for d in delays:
        log.append(f"{name}:{d}")
        await asyncio.sleep(d)
    log.append(f"{name}:end")
    return name

async def main():
    a = asyncio.create_task(step("a", [0, 0, 0]))
    b = asyncio.create_task(step("b", [0, 0]))
    c = asyncio.create_task(step("c", [0, 0, 0, 0]))
    log.append("main before await")
    print(await asyncio.gather(a, b, c, step("d", [0])))
    print(log)

asyncio.run(main())
