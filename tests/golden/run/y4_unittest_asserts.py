# unittest: the messages of the assert* family (truth, identity,
# membership, instances, ordering, almost-equal, regexes, counts,
# prefixes, attributes) with and without msg=.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(func, *args, **kw):
    try:
        func(*args, **kw)
    except AssertionError as e:
        print(f'{func.__name__}: {e}')
    except TypeError as e:
        print(f'{func.__name__}: TypeError: {e}')
    else:
        print(f'{func.__name__}: passed')


show(t.assertTrue, 0)
show(t.assertTrue, [1])
show(t.assertFalse, 'text')
show(t.assertTrue, '', 'extra')
show(t.assertIs, 1, None)
show(t.assertIsNot, None, None)
show(t.assertIsNone, 0)
show(t.assertIsNotNone, None)
show(t.assertIn, 4, [1, 2, 3])
show(t.assertIn, 'a', 'abc')
show(t.assertNotIn, 'b', 'abc')
show(t.assertIsInstance, 1, str)
show(t.assertIsInstance, 1, (str, bytes))
show(t.assertNotIsInstance, 1, int)
show(t.assertNotIsInstance, True, (str, int))
show(t.assertIsSubclass, bool, str)
show(t.assertIsSubclass, bool, (str, bytes))
show(t.assertIsSubclass, 1, int)
show(t.assertNotIsSubclass, bool, int)
show(t.assertLess, 2, 1)
show(t.assertLessEqual, 2, 1)
show(t.assertGreater, 1, 2)
show(t.assertGreaterEqual, 1, 2)
show(t.assertGreater, 3, 2)
show(t.assertAlmostEqual, 1.0, 1.1)
show(t.assertAlmostEqual, 1.0, 1.00000001)
show(t.assertAlmostEqual, 1.0, 1.1, places=1)
show(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show(t.assertAlmostEqual, 1.0, 1.05, delta=0.1)
show(t.assertAlmostEqual, 1.0, 1.5, places=1, delta=0.1)
show(t.assertNotAlmostEqual, 1.0, 1.00000001)
show(t.assertNotAlmostEqual, 1.0, 1.04, delta=0.1)
show(t.assertNotAlmostEqual, 2, 2)
show(t.assertRegex, 'hello world', r'\d+')
show(t.assertRegex, 'hello 42', r'\d+')
show(t.assertNotRegex, 'hello 42 world', r'\d+')
show(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
show(t.assertCountEqual, 'abc', 'cba')
show(t.assertCountEqual, [[1], [2]], [[2], [1], [1]])
show(t.assertStartsWith, 'hello', 'he')
show(t.assertStartsWith, 'hello', 'lo')
show(t.assertStartsWith, 'hello', ('x', 'y'))
show(t.assertNotStartsWith, 'hello', ('x', 'he'))
show(t.assertEndsWith, b'data', b'x')
show(t.assertNotEndsWith, 'file.py', '.py')
show(t.assertStartsWith, b'abc', 'a')
show(t.assertHasAttr, t, 'nope')
show(t.assertHasAttr, T, 'nope')
show(t.assertHasAttr, unittest, 'nope')
show(t.assertNotHasAttr, t, 'assertTrue')
show(t.assertNotHasAttr, unittest, 'TestCase')
show(t.fail)
show(t.fail, 'explicit failure')
show(t.assertIn, 1, [2], msg='with a message')
t.longMessage = False
show(t.assertIn, 1, [2], msg='only the message')
