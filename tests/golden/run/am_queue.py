# asyncio.Queue: producers and consumers, maxsize back-pressure,
# task_done/join, the nowait variants and their errors.
import asyncio
async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print('put', f'{name}{i}', 'size', q.qsize())
async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    out = []
    consumers = [asyncio.create_task(consumer(q, f'c{i}', out)) for i in range(2)]
    await asyncio.gather(producer(q, 'a', 3), producer(q, 'b', 2))
    await q.join()
    print('joined, unfinished none:', q.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    for entry in out:
        print(entry)
    q = asyncio.Queue(1)
    q.put_nowait('x')
    print(q.full(), str(q))
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    await q.join()
    print('join returns at once')
asyncio.run(main())
