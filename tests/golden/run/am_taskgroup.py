# TaskGroup: all tasks finish before the block exits; results; tasks
# added from inside tasks; create_task errors.
import asyncio
async def job(n, log):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append(n)
    return n * n
async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n, log)) for n in (3, 1, 2)]
        print('inside, done:', [t.done() for t in tasks])
    print('after:', [t.result() for t in tasks], log)
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            tg.create_task(job(0, log))
            return 'spawned'
        s = tg.create_task(spawner(), name='spawner')
    print(s.result(), s.get_name(), log[-1])
    tg = asyncio.TaskGroup()
    c = job(1, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(repr(tg), 'TG'))
    async with tg:
        pass
    c = job(1, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(repr(tg), 'TG'))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(repr(tg), 'TG'))
asyncio.run(main())
