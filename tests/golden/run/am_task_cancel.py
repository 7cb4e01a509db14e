# Cancelling tasks: CancelledError inside the coroutine, cancel(msg),
# a task that catches the cancellation, cancelling()/uncancel().
import asyncio
async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with args', e.args)
        raise
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn caught it')
    return 'survived'
async def cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup runs')
        await asyncio.sleep(0)
        print('cleanup done')
async def main():
    t = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel(), t.cancelling())
    print('cancel again ->', t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting raised CancelledError', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    t = asyncio.create_task(sleeper('b'))
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message:', e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() message:', e.args)
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.cancelling())
    c = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print('cleanup task cancelled', c.cancelled())
    early = asyncio.create_task(sleeper('never started'))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print('cancelled before starting')
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
