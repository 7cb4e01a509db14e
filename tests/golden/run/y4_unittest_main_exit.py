# unittest.main() at the end of a script: the report goes to stderr and a
# failure exits with status 1 (the runner masks the time of the run).
import re
import sys
import unittest


class MaskedStream:
    def write(self, text):
        sys.stderr.write(re.sub(r'in \d+\.\d+s', 'in X.XXXs', text))

    def flush(self):
        sys.stderr.flush()


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        super().__init__(stream=MaskedStream(), **kw)


class Checks(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('foo'.upper(), 'FOO')

    def test_split(self):
        s = 'hello world'
        self.assertEqual(s.split(), ['hello', 'world'])
        with self.assertRaises(TypeError):
            s.split(2)

    def test_wrong(self):
        self.assertEqual({'a': 1}, {'a': 2})


print('before main')
if __name__ == '__main__':
    unittest.main(testRunner=Runner)
print('never printed')
