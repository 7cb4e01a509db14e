"""Concurrent fetching with asyncio primitives."""

import asyncio
from contextlib import asynccontextmanager
from collections.abc import AsyncIterator


class RateLimiter:
    def __init__(self, limit: int) -> None:
        self._sem = asyncio.Semaphore(limit)

    async def __aenter__(self):
        await self._sem.acquire()
        return self

    async def __aexit__(self, *exc_info):
        self._sem.release()
        return False


@asynccontextmanager
async def session(name: str):
    print(f"open {name}")
    try:
        yield {"name": name}
    finally:
        print(f"close {name}")


async def fetch(url: str, limiter: RateLimiter) -> tuple[str, int]:
    async with limiter:
        await asyncio.sleep(0)
        return url, len(url)


async def urls(n: int) -> AsyncIterator[str]:
    for i in range(n):
        await asyncio.sleep(0)
        yield f"https://example.org/page/{i}"


async def main() -> None:
    limiter = RateLimiter(3)
    async with session("crawler") as s, asyncio.timeout(10):
        tasks = [asyncio.create_task(fetch(u, limiter)) async for u in urls(5)]
        results = await asyncio.gather(*tasks, return_exceptions=True)
    sizes = {url: size for url, size in results if not isinstance(size, Exception)}
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("x", limiter))
    except* (ValueError, TypeError) as eg:
        print("failed:", eg.exceptions)
    print(s["name"], sum(sizes.values()))


if __name__ == "__main__":
    asyncio.run(main())
