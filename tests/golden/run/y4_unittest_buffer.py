# unittest: buffer=True captures a test's output and shows it only for
# failures; failfast stops at the first problem; tracebacks of chained
# exceptions and of helpers called by a test.
import io
import os
import re
import sys
import unittest


def run(*classes, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    text = stream.getvalue().replace(os.path.dirname(__file__) + '/', '')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
    return result


def check_positive(n):
    if n <= 0:
        raise ValueError(f'{n} is not positive')
    return n


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden output of a passing test')

    def test_loud_fail(self):
        print('visible output of a failing test')
        print('to stderr too', file=sys.stderr)
        self.fail('failed after printing')

    def test_helper(self):
        self.assertEqual(check_positive(3), 3)
        check_positive(-1)

    def test_chained(self):
        try:
            {}['key']
        except KeyError as e:
            raise RuntimeError('while looking up') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.assertEqual([1], [2])


before = sys.stdout
run(Noisy, buffer=True)
print('stdout is restored:', sys.stdout is before)
r = run(Noisy, failfast=True)
print(r.testsRun, r.shouldStop)
