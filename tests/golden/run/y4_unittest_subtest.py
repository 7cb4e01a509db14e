# unittest: subTest blocks report each failure separately, with their
# message and parameters; nested subtests; failfast; verbose lines.
import io
import os
import re
import unittest


def run(*classes, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    text = stream.getvalue().replace(os.path.dirname(__file__) + '/', '')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
    return result


class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_message(self):
        with self.subTest('labelled', kind='x'):
            self.fail('inside')
        with self.subTest():
            raise ValueError('plain error')
        with self.subTest('only message'):
            pass

    def test_nested(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.assertTrue(False)
            with self.subTest(outer=3, extra='e'):
                self.assertFalse(True)

    def test_all_pass(self):
        for c in 'abc':
            with self.subTest(c=c):
                self.assertTrue(c.isalpha())

    def test_skip_in_subtest(self):
        with self.subTest(n=1):
            self.skipTest('skipping one')
        with self.subTest(n=2):
            pass


r = run(Sub)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped))
for test, _ in r.failures + r.errors:
    print(type(test).__name__, test.id())
run(Sub, verbosity=2)
run(Sub, failfast=True)
