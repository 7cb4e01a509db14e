# DeprecationWarnings raised by library functions point at the caller
import asyncio
import re
import warnings

warnings.simplefilter("always")


async def coro():
    pass


print(asyncio.iscoroutinefunction(coro))
print(re.sub("a", "b", "aaa", 1))
print(re.split(",", "a,b,c", 1))
with warnings.catch_warnings(record=True) as log:
    re.subn("x", "y", "xx", 1)
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
with warnings.catch_warnings(action="error"):
    try:
        asyncio.iscoroutinefunction(coro)
    except DeprecationWarning as e:
        print("error:", e)
