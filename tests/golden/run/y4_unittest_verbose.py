# unittest: verbosity 2 lines ("... ok"), docstring descriptions,
# descriptions=False, verbosity 0.
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


class Verbose(unittest.TestCase):
    def test_documented(self):
        """Checks that addition works.

        More text that is not shown.
        """
        self.assertEqual(2 + 2, 4)

    def test_plain(self):
        pass

    def test_fails(self):
        """A failing test with a docstring."""
        self.assertNotEqual(1, 1)

    @unittest.skip("reason here")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        raise RuntimeError("expected")

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_error(self):
        raise KeyError("k")


run(Verbose, verbosity=2)
run(Verbose, verbosity=2, descriptions=False)
run(Verbose, verbosity=0)
t = Verbose('test_documented')
print(t.shortDescription())
print(Verbose('test_plain').shortDescription())
print(str(t), repr(t), t.id())
print(t == Verbose('test_documented'), t != Verbose('test_plain'))
print(t.countTestCases())
try:
    Verbose('test_nope')
except ValueError as e:
    print(e)
