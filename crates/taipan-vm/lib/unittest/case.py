"""unittest.TestCase: running one test method with its fixtures."""

import sys
import functools

from . import result as _result_mod
from ._assertions import _Assertions
from .util import strclass

__unittest = True

_subtest_msg_sentinel = object()


class SkipTest(Exception):
    """Raise to skip the running test (its message is the reason)."""


class _ShouldStop(Exception):
    """Stop the test: a failed subtest under failfast."""


class _UnexpectedSuccess(Exception):
    """The test was expected to fail and did not."""


def _id(obj):
    return obj


def skip(reason):
    """Skip the decorated test or class unconditionally."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        item, reason = reason, ''
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    """Skip the decorated test if condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test as expected to fail."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _add_skip(result, test_case, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None:
        add_skip(test_case, reason)
    else:
        result.addSuccess(test_case)


def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


class _PartExecutor:
    """Context manager running one part of a test (setUp, the method,
    tearDown, a cleanup, a subtest) and recording how it ended."""

    def __init__(self, outcome, test_case, sub_test):
        self.outcome = outcome
        self.test_case = test_case
        self.sub_test = sub_test
        self.old_success = outcome.success

    def __enter__(self):
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.sub_test and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case,
                                              self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(exc))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                info = (exc_type, exc, tb)
                if outcome.expecting_failure:
                    outcome.expectedFailure = info
                else:
                    outcome.success = False
                    if self.sub_test:
                        outcome.result.addSubTest(self.test_case.test_case,
                                                  self.test_case, info)
                    else:
                        _add_error(outcome.result, self.test_case, info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


class _Outcome:
    """What happened while a test ran."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        """A context manager catching the outcome of one part."""
        return _PartExecutor(self, test_case, subTest)


class _ParamsMap(dict):
    """Subtest parameters: a child's own first, then its parents'."""

    def new_child(self, params):
        merged = _ParamsMap(params)
        for k, v in self.items():
            if k not in merged:
                merged[k] = v
        return merged


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        if self.parent is None:
            params = _ParamsMap(self.params)
        else:
            params = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.executor = outcome.testPartExecutor(case._subtest, subTest=True)
        self.executor.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if not self.active:
            return False
        case = self.case
        try:
            handled = self.executor.__exit__(exc_type, exc, tb)
            if handled is False and exc_type is not None:
                return False
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


class TestCase(_Assertions):
    """A test case: each test_* method runs in its own instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError(f"no such test method in {self.__class__}: "
                                 f"{methodName}")
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual',
            tuple: 'assertTupleEqual', set: 'assertSetEqual',
            frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function for assertEqual of two values of type typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function after tearDown (last added, first called)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager and exit it as a cleanup."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Call function after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enter a context manager and exit it as a class cleanup."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Hook run before each test method."""

    def tearDown(self):
        """Hook run after each test method."""

    @classmethod
    def setUpClass(cls):
        """Hook run before the tests of the class."""

    @classmethod
    def tearDownClass(cls):
        """Hook run after the tests of the class."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_mod.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(self.__class__)}.{name})"

    def __repr__(self):
        return (f"<{strclass(self.__class__)} "
                f"testMethod={self._testMethodName}>")

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager whose failures are reported separately."""
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        """Run the test, reporting to result (a new TestResult if None)."""
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            self._run_parts(result)
            return result
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def _run_parts(self, result):
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False) or
                getattr(method, "__unittest_skip__", False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                   getattr(method, '__unittest_skip_why__', ''))
            _add_skip(result, self, why)
            return
        expecting = (getattr(self, "__unittest_expecting_failure__", False) or
                     getattr(method, "__unittest_expecting_failure__", False))
        outcome = _Outcome(result)
        try:
            self._outcome = outcome
            with outcome.testPartExecutor(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = expecting
                with outcome.testPartExecutor(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.testPartExecutor(self):
                    self._callTearDown()
            self.doCleanups()
            if outcome.success:
                if expecting:
                    if outcome.expectedFailure:
                        self._addExpectedFailure(result,
                                                 outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                else:
                    result.addSuccess(self)
        finally:
            outcome.expectedFailure = None
            self._outcome = None

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
        else:
            result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
        else:
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())

    def doCleanups(self):
        """Run the cleanups; False if one of them failed."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, keeping the errors they raise."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result: errors propagate."""
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False) or
                getattr(method, "__unittest_skip__", False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                   getattr(method, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately with the given message."""
        raise self.failureException(msg)


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return value


class FunctionTestCase(TestCase):
    """A test case wrapping a plain function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and
                self._tearDownFunc == other._tearDownFunc and
                self._testFunc == other._testFunc and
                self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc!r}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """One subTest block of a running test."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append(f"[{self._message}]")
        if self.params:
            parts.append("(" + ', '.join(f"{k}={v!r}"
                                         for k, v in self.params.items()) + ")")
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Call function after tearDownModule."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager and exit it as a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups; re-raise the first error they raised."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]
