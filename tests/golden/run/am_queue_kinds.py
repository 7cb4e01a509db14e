# PriorityQueue, LifoQueue, shutdown(), a getter waiting, get() cancelled.
import asyncio
async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])
    q = asyncio.Queue()
    async def getter():
        try:
            return await q.get()
        except asyncio.QueueShutDown:
            return 'shut down'
    g = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.put_nowait('hello')
    print(await g)
    g = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.shutdown()
    print(await g)
    try:
        q.put_nowait(1)
    except asyncio.QueueShutDown:
        print('put after shutdown: QueueShutDown')
    q2 = asyncio.Queue()
    q2.put_nowait('a')
    q2.put_nowait('b')
    q2.shutdown(immediate=True)
    print('after immediate shutdown:', q2.qsize(), q2.empty())
    q3 = asyncio.Queue()
    t = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('get() cancelled; getters left:', len(q3._getters))
    q3.put_nowait('still works')
    print(await q3.get())
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.QueueFull.__name__)
asyncio.run(main())
