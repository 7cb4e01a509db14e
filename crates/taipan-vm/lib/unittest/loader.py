"""unittest.TestLoader: collects tests from classes, modules and names."""

import functools
import os
import sys
import traceback
import types
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test standing for a name that could not be loaded."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suite_class, message):
    return suite_class((_FailedTest(methodname, exception),)), message


def _make_failed_import_test(name, suite_class):
    message = (f'Failed to import test module: {name}\n'
               f'{traceback.format_exc()}')
    return _make_failed_test(name, ImportError(message), suite_class, message)


class TestLoader:
    """Finds tests and wraps them in suites."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of each test method of a TestCase class."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the TestCase classes of a module (by name)."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                    and obj not in (case.TestCase, case.FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            message = f'Failed to call load_tests:\n{traceback.format_exc()}'
            error_case, message = _make_failed_test(
                module.__name__, e, self.suiteClass, message)
            self.errors.append(message)
            return error_case

    def _import_prefix(self, parts):
        error = None
        while parts:
            try:
                return __import__('.'.join(parts)), None
            except ImportError:
                name = parts.pop()
                error = _make_failed_import_test(name, self.suiteClass)
        return None, error

    def loadTestsFromName(self, name, module=None):
        """A suite for a dotted name: a module, class, method or callable."""
        parts = name.split('.')
        error_case = error_message = None
        if module is None:
            module, error = self._import_prefix(parts[:])
            if module is None:
                self.errors.append(error[1])
                return error[0]
            if error is not None:
                error_case, error_message = error
            parts = parts[1:]
        obj = parent = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError:
                if (getattr(obj, '__path__', None) is not None
                        and error_case is not None):
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, sys.exception(), self.suiteClass,
                    f'Failed to access attribute:\n{traceback.format_exc()}')
                self.errors.append(error_message)
                return error_case
        return self._tests_of(obj, parent, parts)

    def _tests_of(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                and obj not in (case.TestCase, case.FunctionTestCase)):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError(f"don't know how to make test from: {obj}")
        test = obj()
        if isinstance(test, suite.TestSuite):
            return test
        if isinstance(test, case.TestCase):
            return self.suiteClass([test])
        raise TypeError(f"calling {obj} returned {test}, not a test")

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of a class."""
        def wanted(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full = (f'{testCaseClass.__module__}.'
                    f'{testCaseClass.__qualname__}.{attrname}')
            return self.testNamePatterns is None or any(
                fnmatchcase(full, p) for p in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Import test*.py modules under start_dir and load their tests."""
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir):
            raise ImportError(f'Start directory is not importable: '
                              f'{start_dir!r}')
        top = os.path.abspath(top_level_dir or start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        tests = []
        for dirpath, dirnames, filenames in os.walk(start_dir):
            dirnames.sort()
            rel = os.path.relpath(dirpath, top)
            if rel != '.' and not os.path.isfile(
                    os.path.join(dirpath, '__init__.py')):
                dirnames[:] = []
                continue
            for filename in sorted(filenames):
                if not filename.endswith('.py') or \
                        not fnmatch(filename, pattern):
                    continue
                stem = filename[:-3]
                name = stem if rel == '.' else \
                    rel.replace(os.sep, '.') + '.' + stem
                try:
                    __import__(name)
                except case.SkipTest as e:
                    tests.append(self._skipped_module(stem, e))
                    continue
                except Exception:
                    error_case, message = _make_failed_import_test(
                        name, self.suiteClass)
                    self.errors.append(message)
                    tests.append(error_case)
                    continue
                tests.append(self.loadTestsFromModule(sys.modules[name],
                                                      pattern=pattern))
        return self.suiteClass(tests)

    def _skipped_module(self, name, exc):
        @case.skip(str(exc))
        def testSkipped(self):
            pass
        cls = type("ModuleSkipped", (case.TestCase,), {name: testSkipped})
        return self.suiteClass((cls(name),))


defaultTestLoader = TestLoader()
