# TaskGroup errors: the first failure cancels the siblings; failures
# come out as an ExceptionGroup; an error in the body itself.
import asyncio
async def fails(delay, exc):
    await asyncio.sleep(delay)
    raise exc
async def sibling(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0.001, ValueError('v')))
            tg.create_task(sibling('s1', log))
            tg.create_task(fails(0.001, KeyError('k')))
    except* ValueError as eg:
        print('ValueError part:', eg.exceptions)
    except* KeyError as eg:
        print('KeyError part:', eg.exceptions)
    print(sorted(log))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0, TypeError('t')))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, repr(eg.exceptions))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling('s2', log))
            await asyncio.sleep(0)
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print('body error:', repr(eg.exceptions), log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0, ValueError('in task')))
            await asyncio.sleep(1)
            print('not reached')
    except* ValueError as eg:
        print('body was cancelled, got', eg.exceptions)
    print('current task still fine:', asyncio.current_task().cancelling())
asyncio.run(main())
