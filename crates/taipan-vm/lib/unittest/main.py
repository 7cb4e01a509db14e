"""unittest.main: run the tests of a module from the command line."""

import argparse
import os
import sys

from . import loader, runner

__unittest = True

_NO_TESTS_EXITCODE = 5


def _convert_name(name):
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_select_pattern(pattern):
    return pattern if '*' in pattern else f'*{pattern}*'


class TestProgram:
    """Parse the command line, load the tests, run them, exit."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None
    testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _parser(self):
        parser = argparse.ArgumentParser(prog=self.progName)
        parser.add_argument('-v', '--verbose', dest='verbosity',
                            action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity',
                            action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('--durations', dest='durations', type=int,
                            default=None, metavar="N",
                            help='Show the N slowest test cases (N=0 for all)')
        if self.failfast is None:
            parser.add_argument('-f', '--failfast', dest='failfast',
                                action='store_true',
                                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            parser.add_argument('-c', '--catch', dest='catchbreak',
                                action='store_true',
                                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            parser.add_argument('-b', '--buffer', dest='buffer',
                                action='store_true',
                                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns',
                                action='append', type=_convert_select_pattern,
                                help='Only run tests which match the given '
                                     'substring')
            self.testNamePatterns = []
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, '
                                 'classes and test methods.')
        return parser

    def parseArgs(self, argv):
        """Read options and test names from argv[1:]; with no module and
        no names (or `discover`), find test modules."""
        if self.module is None and len(argv) > 1 and \
                argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        self._parser().parse_args(argv[1:], self)
        if self.module is None and not self.tests:
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = [_convert_name(n) for n in self.tests]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, argv):
        parser = self._parser()
        parser.prog = f'{self.progName} discover'
        parser.add_argument('-s', '--start-directory', dest='start',
                            default='.')
        parser.add_argument('-p', '--pattern', dest='pattern',
                            default='test*.py')
        parser.add_argument('-t', '--top-level-directory', dest='top',
                            default=None)
        parser.parse_args(argv, self)
        for position, value in zip(('start', 'pattern', 'top'), self.tests):
            setattr(self, position, value)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        self.test = self.testLoader.discover(self.start, self.pattern,
                                             self.top)

    def createTests(self):
        """Load the tests to run."""
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        """Run the tests and exit with 0, 1 (failures) or 5 (none ran)."""
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals, durations=self.durations)
                except TypeError:
                    test_runner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            if not self.result.wasSuccessful():
                sys.exit(1)
            elif self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(_NO_TESTS_EXITCODE)
            else:
                sys.exit(0)


main = TestProgram
