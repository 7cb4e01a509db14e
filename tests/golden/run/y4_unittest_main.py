# unittest.main() in __main__: discovery of the module's TestCase classes,
# -v/-q/-k/-f and test names from argv, exit codes (0, 1, 5) via
# SystemExit, the result object with exit=False.
import io
import os
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual('a', 'b')


class Beta(unittest.TestCase):
    def test_three(self):
        pass

    def test_four(self):
        raise TypeError('bad')


def main(argv, **kw):
    unittest.defaultTestLoader.testNamePatterns = None
    stderr = sys.stderr
    sys.stderr = io.StringIO()
    code = None
    try:
        prog = unittest.main(argv=['prog'] + argv, **kw)
    except SystemExit as e:
        code = e.code
        prog = None
    finally:
        text, sys.stderr = sys.stderr.getvalue(), stderr
    text = text.replace(os.path.dirname(__file__) + '/', '')
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))
    print('exit code:', code)
    return prog


main([])
main(['-v'])
main(['-q'])
main(['-k', 'one'])
main(['-k', 'o*e'])
main(['Beta'])
main(['Alpha.test_one', 'Beta.test_three'])
main(['-f'])
main(['-k', 'nothing_matches'])
unittest.defaultTestLoader.testNamePatterns = None
prog = main(['Alpha.test_one'], exit=False)
print(type(prog.result).__name__, prog.result.testsRun, prog.result.wasSuccessful())
main([], defaultTest='Beta.test_three')
main([], defaultTest=['Alpha.test_one'], verbosity=2)
