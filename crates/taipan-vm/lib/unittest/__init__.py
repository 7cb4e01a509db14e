"""unittest: test cases, suites, loaders and a text runner (Taipan's own
implementation of CPython's API and output)."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult


def installHandler():
    """Ctrl-C handling of the runner (a no-op in Taipan)."""


def removeHandler(method=None):
    """Undo installHandler (a no-op in Taipan)."""
    return method


def registerResult(result):
    """Let Ctrl-C stop result (a no-op in Taipan)."""


def removeResult(result):
    """Undo registerResult."""
    return True


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
