# Task methods: done/result/exception/cancelled/get_name/set_name/
# get_coro/add_done_callback/remove_done_callback, current_task.
import asyncio
async def work(n):
    await asyncio.sleep(0)
    return n * 2
async def boom():
    await asyncio.sleep(0)
    raise ValueError('boom')
def report(t):
    print('callback:', t.get_name(), t.done(), t.cancelled())
async def main():
    t = asyncio.create_task(work(21), name='worker')
    print(t.get_name(), t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    t.add_done_callback(report)
    t.add_done_callback(print)
    print('removed', t.remove_done_callback(print))
    print(await t, t.done(), t.result(), t.exception())
    await asyncio.sleep(0)
    t.set_name('renamed')
    print(t.get_name(), type(t.get_coro()).__name__)
    b = asyncio.create_task(boom())
    try:
        await b
    except ValueError as e:
        print('await raised', repr(e))
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except ValueError as e:
        print('result raised', repr(e))
    me = asyncio.current_task()
    print(me.get_name().startswith('Task-'), isinstance(me, asyncio.Task), isinstance(me, asyncio.Future))
    print(asyncio.isfuture(me), asyncio.isfuture(42))
    print(t.cancel(), t.cancelled())
    n = asyncio.create_task(work(1))
    print(asyncio.current_task() in asyncio.all_tasks(), n in asyncio.all_tasks())
    print(len(asyncio.all_tasks()))
    await n
    print(len(asyncio.all_tasks()))
asyncio.run(main())
