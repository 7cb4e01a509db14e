# asyncio.run: its return value, run() called again, a result computed
# by tasks.
import asyncio
async def answer():
    await asyncio.sleep(0)
    return 42
async def total():
    tasks = [asyncio.create_task(answer()) for _ in range(3)]
    return sum([await t for t in tasks])
print(asyncio.run(answer()))
print(asyncio.run(answer()), 'again')
print(asyncio.run(total()))
