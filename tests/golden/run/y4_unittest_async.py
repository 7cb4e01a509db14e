# unittest.IsolatedAsyncioTestCase: coroutine tests, asyncSetUp /
# asyncTearDown order, async cleanups, skips and expected failures inside
# coroutines. (Generated with native CPython: the reference build runs
# inside an event loop, where asyncio.run cannot start.)
import asyncio
import io
import os
import re
import unittest

log = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append('setUp')

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        log.append('asyncSetUp')

    async def asyncTearDown(self):
        log.append('asyncTearDown')

    def tearDown(self):
        log.append('tearDown')

    async def test_await(self):
        async def double(x):
            await asyncio.sleep(0)
            return x * 2
        self.assertEqual(await double(21), 42)
        self.addAsyncCleanup(self.cleanup, 'async cleanup')
        log.append('test_await')

    async def cleanup(self, text):
        log.append(text)

    async def test_skips(self):
        await asyncio.sleep(0)
        self.skipTest('skipped inside a coroutine')

    @unittest.expectedFailure
    async def test_expected_failure(self):
        await asyncio.sleep(0)
        self.assertIn('x', ['y'])

    def test_plain(self):
        log.append('plain test')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue().replace(os.path.dirname(__file__) + '/', '')
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
for entry in log:
    print(entry)
print(result.testsRun, len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
