# unittest.TestLoader and TestSuite: method names, prefixes, sorting,
# loading by name, suites' counts, reprs and errors.
import sys
import unittest


class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5

    def helper(self):
        pass


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_a']
print(loader.getTestCaseNames(Sample))

loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(suite))
print(loader.loadTestsFromTestCase(RunTestOnly))
module_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases())
print([type(s).__name__ for s in module_suite])
print(loader.loadTestsFromName('Sample.test_a', sys.modules[__name__]))
print(loader.loadTestsFromName('Sample', sys.modules[__name__]).countTestCases())
names = loader.loadTestsFromNames(['Sample.test_b', 'RunTestOnly'],
                                  sys.modules[__name__])
print(names.countTestCases())

broken = loader.loadTestsFromName('Missing', sys.modules[__name__])
print(loader.errors[-1].splitlines()[0])
print(loader.errors[-1].splitlines()[-1])
result = unittest.TestResult()
broken.run(result)
print(result.testsRun, len(result.errors))
print(result.errors[0][1].splitlines()[-1])

suite = unittest.TestSuite()
suite.addTest(Sample('test_a'))
suite.addTests([Sample('test_b'), unittest.TestSuite([RunTestOnly()])])
print(suite.countTestCases())
print(suite == unittest.TestSuite([Sample('test_a'), Sample('test_b'),
                                   unittest.TestSuite([RunTestOnly()])]))
for bad in (5, Sample, 'abc'):
    try:
        if isinstance(bad, str):
            suite.addTests(bad)
        else:
            suite.addTest(bad)
    except TypeError as e:
        print('TypeError:', e)
result = unittest.TestResult()
suite.run(result)
print(result, result.testsRun, suite.countTestCases())
print(list(suite))


class NotATest(unittest.TestSuite):
    pass


try:
    loader.loadTestsFromTestCase(NotATest)
except TypeError as e:
    print(e)


def plain():
    print('plain function ran')


ftc = unittest.FunctionTestCase(plain, description='a plain one')
print(ftc, ftc.id(), ftc.shortDescription(), ftc.countTestCases())
result = ftc.run()
print(result.testsRun, result.wasSuccessful())
print(unittest.FunctionTestCase(plain))
