# The running loop: call_soon order, call_later/call_at timing order,
# handle.cancel(), time(), create_future with set_result/set_exception.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_running_loop(), loop.is_running())
    log = []
    loop.call_soon(log.append, 'soon 1')
    h = loop.call_soon(log.append, 'cancelled')
    loop.call_soon(log.append, 'soon 2')
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0)
    print(log)
    t0 = loop.time()
    loop.call_later(0.01, log.append, 'later 10ms')
    await asyncio.sleep(0.05)
    print(log, loop.time() - t0 >= 0.05)
    loop.call_at(loop.time() + 0.01, log.append, 'at +10ms')
    late = loop.call_later(0.01, log.append, 'cancelled timer')
    late.cancel()
    await asyncio.sleep(0.05)
    print(log)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'value')
    print(await fut, fut.done())
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_exception, KeyError('failed'))
    try:
        await fut
    except KeyError as e:
        print('future raised', e)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    fut = asyncio.Future()
    fut.add_done_callback(lambda f: print('done callback sees', f.result()))
    fut.set_result(42)
    await asyncio.sleep(0)
    f2 = loop.create_future()
    print(f2.cancel(), f2.cancelled(), f2.cancel())
    try:
        f2.result()
    except asyncio.CancelledError:
        print('cancelled future result raises CancelledError')
    try:
        asyncio.get_running_loop
        loop.create_task(asyncio.sleep(0, 'via loop.create_task'))
        print(await loop.create_task(asyncio.sleep(0, 'task result')))
    except Exception as e:
        print(e)
asyncio.run(main())
