# An error raised inside a task and not caught: the traceback shows the
# awaiting frames and the task's own frames.
import asyncio
async def inner():
    await asyncio.sleep(0)
    raise ValueError('bad value in task')
async def main():
    t = asyncio.create_task(inner())
    await t
asyncio.run(main())
