"""unittest.IsolatedAsyncioTestCase: coroutine tests and fixtures (Taipan's
asyncio has no reusable loop: each async part runs in its own
asyncio.run)."""

import asyncio
import inspect

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp/asyncTearDown and async
    cleanups may be coroutines."""

    loop_factory = None

    async def asyncSetUp(self):
        """Hook awaited after setUp."""

    async def asyncTearDown(self):
        """Hook awaited before tearDown."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Await func(*args, **kwargs) as a cleanup."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an async context manager; exit it as a cleanup."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object "
                            f"does not support the asynchronous context "
                            f"manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._callMaybeAsync(method)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return asyncio.run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        result = func(*args, **kwargs)
        if inspect.isawaitable(result):
            async def wait():
                return await result
            return asyncio.run(wait())
        return result
