# unittest: assertEqual's messages for each type (type-specific
# comparisons, diffs, shortened reprs, maxDiff truncation).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(func, *args, **kw):
    try:
        func(*args, **kw)
    except AssertionError as e:
        print('---', func.__name__)
        print(e)
    else:
        print('---', func.__name__, 'passed')


show(t.assertEqual, 1, 2)
show(t.assertEqual, 1, 1.0)
show(t.assertEqual, 'abc', 'abd')
show(t.assertEqual, 'one\ntwo\nthree\n', 'one\n2\nthree\n')
show(t.assertEqual, 'a\nb', 'a\nc')
show(t.assertEqual, '', 'x')
show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1], [1, 2, 3])
show(t.assertEqual, (1, 'a'), (1, 'b'))
show(t.assertEqual, (1, 2), [1, 2])
show(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show(t.assertEqual, {1, 2, 3}, {2, 3, 4})
show(t.assertEqual, frozenset([1]), frozenset())
show(t.assertEqual, 'x' * 100, 'x' * 99 + 'y')
show(t.assertEqual, list(range(100)), list(range(99)) + [0])
show(t.assertEqual, 'a' * 50 + 'b' * 100, 'a' * 50 + 'c' * 100)
show(t.assertEqual, [1, 2], [1, 2], 'never')
show(t.assertEqual, 1, 2, 'custom message')
show(t.assertListEqual, [1], (1,))
show(t.assertTupleEqual, (1,), [1])
show(t.assertDictEqual, [], {})
show(t.assertSetEqual, {1}, [1])
show(t.assertSetEqual, 1, {1})
show(t.assertMultiLineEqual, 'a', b'a')
show(t.assertSequenceEqual, [1, 2], (1, 3))
show(t.assertSequenceEqual, 'abc', 'abd')
show(t.assertSequenceEqual, [1, 2], (1, 2))
show(t.assertNotEqual, 5, 5)
show(t.assertNotEqual, 5, 6)
t.maxDiff = None
show(t.assertEqual, list(range(40)), list(range(1, 41)))
t.maxDiff = 80
show(t.assertEqual, list(range(40)), list(range(1, 41)))
t.longMessage = False
show(t.assertEqual, 1, 2, 'only this')
show(t.assertEqual, 1, 2)
