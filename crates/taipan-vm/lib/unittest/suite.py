"""unittest.TestSuite: a composite test running class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule) around its tests."""

import sys

from . import case
from .util import strclass

__unittest = True


class BaseTestSuite:
    """A list of tests run in order, without shared fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        """The number of test cases, run ones included."""
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        """Add one test (a case or a suite)."""
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test,
                                                 (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        """Add each test of an iterable."""
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        test = self._tests[index]
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests, letting errors propagate."""
        for test in self:
            test.debug()


def _is_not_suite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures."""

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_not_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _report(self, result, exc, method, parent, info=None):
        error = _ErrorHolder(f'{method} ({parent})')
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(error, str(exc))
        else:
            result.addError(error, info or sys.exc_info())

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current, "__unittest_skip__", False):
            return
        current._classSetupFailed = False
        set_up = getattr(current, 'setUpClass', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                current._classSetupFailed = True
                self._report(result, e, 'setUpClass', strclass(current))
                cleanups = getattr(current, 'doClassCleanups', None)
                if cleanups is not None:
                    cleanups()
                    for info in current.tearDown_exceptions:
                        self._report(result, info[1], 'setUpClass',
                                     strclass(current), info)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        current = test.__class__.__module__
        if current == self._previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._report(result, e, 'setUpModule', current)
            if result._moduleSetUpFailed:
                try:
                    case.doModuleCleanups()
                except Exception as e:
                    self._report(result, e, 'setUpModule', current)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _handleModuleTearDown(self, result):
        previous = self._previous_module(result)
        if previous is None or getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    self._report(result, e, 'tearDownModule', previous)
            try:
                case.doModuleCleanups()
            except Exception as e:
                self._report(result, e, 'tearDownModule', previous)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if (getattr(previous, '_classSetupFailed', False) or
                getattr(result, '_moduleSetUpFailed', False) or
                getattr(previous, "__unittest_skip__", False)):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    self._report(result, e, 'tearDownClass',
                                 strclass(previous))
            if cleanups is not None:
                cleanups()
                for info in previous.tearDown_exceptions:
                    self._report(result, info[1], 'tearDownClass',
                                 strclass(previous), info)
        finally:
            _call_if_exists(result, '_restoreStdout')


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class _ErrorHolder:
    """Stands for a fixture (setUpClass, ...) whose error is reported."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0
