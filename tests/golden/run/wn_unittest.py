# unittest's assertWarns / assertWarnsRegex use the warnings machinery
import unittest
import warnings


def legacy():
    warnings.warn("legacy is old", DeprecationWarning)
    return 42


class T(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(legacy(), 42)
        print("caught:", cm.warning, cm.lineno > 0)

    def test_regex(self):
        with self.assertWarnsRegex(DeprecationWarning, "legacy"):
            legacy()

    def test_missing(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarns(RuntimeWarning):
                pass
        print("missing:", cm.exception)


import io

suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
