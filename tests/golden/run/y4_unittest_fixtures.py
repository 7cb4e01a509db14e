# unittest: the order of fixtures (setUpModule, setUpClass, setUp,
# tearDown, cleanups, tearDownClass, tearDownModule) and errors in them.
import io
import os
import re
import sys
import unittest

log = []


def run(*classes, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    text = stream.getvalue().replace(os.path.dirname(__file__) + '/', '')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
    return result


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass First')
        cls.shared = [1]
        cls.addClassCleanup(log.append, 'class cleanup First')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass First')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')
        self.shared.append(2)

    def test_b(self):
        log.append('test_b')
        self.assertEqual(self.shared, [1, 2])


class Second(unittest.TestCase):
    def setUp(self):
        log.append('setUp Second')
        raise RuntimeError('setUp broke')

    def test_never(self):
        log.append('never runs')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class setup failed')

    def test_x(self):
        log.append('not run')


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise OSError('tearDown broke')

    def test_ok(self):
        log.append('BadTearDown.test_ok')


class BadCleanup(unittest.TestCase):
    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)
        log.append('BadCleanup body')


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError('tdc')

    def test_fine(self):
        pass


class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')

    def test_y(self):
        pass


class Context:
    def __enter__(self):
        log.append('enter')
        return 'value'

    def __exit__(self, *exc):
        log.append('exit')


class UsesContext(unittest.TestCase):
    def test_ctx(self):
        log.append(self.enterContext(Context()))


r = run(First, Second, BrokenClass, BadTearDown, BadCleanup,
        BadTearDownClass, SkipClass, UsesContext)
for line in log:
    print(line)
print(r.testsRun, len(r.errors), len(r.failures), len(r.skipped))
print([str(t) for t, _ in r.errors])

t = First('test_a')
try:
    t.enterContext(42)
except TypeError as e:
    print(e)
