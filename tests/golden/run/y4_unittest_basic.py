# unittest: outcomes of a run (pass, fail, error, skip, expected failure,
# unexpected success) in dots mode, with the report and summary.
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


class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(3 * 3, 10)

    def test_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless(self):
        pass


r = run(Outcomes)
print(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped))
print([str(t) for t, _ in r.skipped], [why for _, why in r.skipped])
print(len(r.expectedFailures), [str(t) for t in r.unexpectedSuccesses])
print(r.wasSuccessful())


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(2, [1, 2])


r = run(AllGood)
print(r.wasSuccessful(), r.testsRun)


class Nothing(unittest.TestCase):
    pass


run(Nothing)


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


run(Skipped)
