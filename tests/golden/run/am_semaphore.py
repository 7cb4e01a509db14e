# Semaphore and BoundedSemaphore: at most N holders, FIFO wake-ups,
# BoundedSemaphore over-release, bad initial value.
import asyncio
async def worker(sem, name, log, active):
    async with sem:
        active[0] += 1
        log.append((name, 'start', active[0]))
        await asyncio.sleep(0.001)
        active[0] -= 1
        log.append((name, 'end'))
async def main():
    sem = asyncio.Semaphore(2)
    log, active = [], [0]
    await asyncio.gather(*(worker(sem, f'w{i}', log, active) for i in range(5)))
    print(max(entry[2] for entry in log if entry[1] == 'start'))
    print([entry[0] for entry in log if entry[1] == 'start'])
    print(sem.locked(), sem._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    t = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    print('waiting:', t.done())
    s.release()
    print(await t, s.locked())
asyncio.run(main())
