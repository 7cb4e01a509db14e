# asyncio.iscoroutinefunction (deprecated in 3.14: a warning per line)
# and asyncio.iscoroutine.
import asyncio
async def coro_func():
    pass
def plain():
    pass
class C:
    async def method(self):
        pass
for f in (coro_func, plain, C.method, C().method, len, lambda: 0):
    print(asyncio.iscoroutinefunction(f))
c = coro_func()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_func), asyncio.iscoroutine(None))
c.close()
print(asyncio.iscoroutinefunction(coro_func))
