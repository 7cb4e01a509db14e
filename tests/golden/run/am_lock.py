# asyncio.Lock: mutual exclusion in FIFO order, async with, release
# errors, a waiter cancelled while waiting.
import asyncio
async def critical(lock, name, log):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f'{name} out')
async def main():
    lock = asyncio.Lock()
    log = []
    print(lock.locked())
    await asyncio.gather(*(critical(lock, f't{i}', log) for i in range(3)))
    print(log)
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    await w2
    print('w cancelled:', w.cancelled(), 'w2 got it:', w2.result(), lock.locked())
    lock.release()
    try:
        async with lock:
            raise ValueError('inside')
    except ValueError:
        print('released on error:', not lock.locked())
asyncio.run(main())
