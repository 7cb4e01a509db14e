# asyncio.Event: waiters wake in order when set; clear(); wait() on a
# set event returns at once.
import asyncio
async def waiter(ev, name, log):
    log.append(f'{name} waiting')
    r = await ev.wait()
    log.append(f'{name} woke {r}')
async def main():
    ev = asyncio.Event()
    log = []
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, f'w{i}', log)) for i in range(3)]
    await asyncio.sleep(0)
    log.append('setting')
    ev.set()
    ev.set()
    await asyncio.gather(*tasks)
    print('\n'.join(log))
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print('pending:', t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('wait cancelled; waiters left', len(ev._waiters))
    asyncio.get_running_loop().call_later(0.005, ev.set)
    print('woken by call_later:', await ev.wait())
asyncio.run(main())
