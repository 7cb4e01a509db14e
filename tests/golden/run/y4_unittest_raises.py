# unittest: assertRaises / assertRaisesRegex as context managers and with
# callables; the caught exception; failure and usage messages.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
print(cm.exception.__traceback__)

with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print(repr(cm.exception))

t.assertRaises(ValueError, int, 'x')
ctx = t.assertRaises(ValueError, int, 'y')
print(ctx)

with t.assertRaisesRegex(ValueError, r'invalid literal') as cm:
    int('abc')
print(cm.exception.args)


def attempt(label, func):
    try:
        func()
    except AssertionError as e:
        print(label, '->', e)
        print('  context:', type(e.__context__).__name__)
    except TypeError as e:
        print(label, '-> TypeError:', e)
    else:
        print(label, '-> passed')


def no_raise():
    with t.assertRaises(KeyError):
        pass


def no_raise_msg():
    with t.assertRaises(KeyError, msg='should raise'):
        pass


def callable_no_raise():
    t.assertRaises(KeyError, len, [])


def lambda_no_raise():
    t.assertRaises(KeyError, lambda: None)


def regex_mismatch():
    with t.assertRaisesRegex(ValueError, 'needle'):
        raise ValueError('haystack')


def tuple_no_raise():
    with t.assertRaises((KeyError, IndexError)):
        pass


def bad_type():
    t.assertRaises(1, len, [])


def bad_keyword():
    with t.assertRaises(KeyError, foo=1):
        pass


attempt('no_raise', no_raise)
attempt('no_raise_msg', no_raise_msg)
attempt('callable_no_raise', callable_no_raise)
attempt('lambda_no_raise', lambda_no_raise)
attempt('regex_mismatch', regex_mismatch)
attempt('tuple_no_raise', tuple_no_raise)
attempt('bad_type', bad_type)
attempt('bad_keyword', bad_keyword)

try:
    with t.assertRaises(KeyError):
        raise ValueError('other kind')
except ValueError as e:
    print('propagated:', repr(e))
