"""The assert* methods of unittest.TestCase, with CPython's messages."""

import sys

from .util import (safe_repr, _common_shorten_repr, _count_diff_hashable,
                   _count_diff_all_purpose)

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _ndiff_lines(a, b):
    import difflib
    import pprint
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(a).splitlines(),
                                          pprint.pformat(b).splitlines()))


class _AssertRaisesBaseContext:
    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)

    def handle(self, name, args, kwargs):
        """Run the callable in args (or act as a context manager)."""
        try:
            if not _is_subtype(self.expected, self._base_type):
                raise TypeError(f'{name}() arg 1 must be '
                                f'{self._base_type_str}')
            if not args:
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError(f'{next(iter(kwargs))!r} is an invalid '
                                    f'keyword argument for this function')
                return self
            callable_obj, *args = args
            try:
                self.obj_name = callable_obj.__name__
            except AttributeError:
                self.obj_name = str(callable_obj)
            with self:
                callable_obj(*args, **kwargs)
        finally:
            self = None

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """assertRaises as a context manager; `exception` after the block."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                self._raiseFailure(f"{name} not raised by {self.obj_name}")
            else:
                self._raiseFailure(f"{name} not raised")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not '
                               f'match "{exc_value}"')
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """assertWarns as a context manager."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        for v in list(sys.modules.values()):
            if getattr(v, '__warningregistry__', None):
                v.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if (self.expected_regex is not None and
                    not self.expected_regex.search(str(w))):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not '
                               f'match "{first_matching}"')
        name = self._expected_name()
        if self.obj_name:
            self._raiseFailure(f"{name} not triggered by {self.obj_name}")
        self._raiseFailure(f"{name} not triggered")
        return None


class _Assertions:
    """The assertion methods (mixed into TestCase)."""

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return f'{standardMsg} : {msg}'

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(expr)} is not false'))

    def assertTrue(self, expr, msg=None):
        """Fail if expr is false."""
        if not expr:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(expr)} is not true'))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the call (or the with block) raises the exception."""
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """assertRaises whose message must also match a regex."""
        context = _AssertRaisesContext(expected_exception, self,
                                       expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the with block) warns."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        """assertWarns whose message must also match a regex."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Fail unless the with block logs on logger at level or above."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Fail if the with block logs on logger at level or above."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(first)} == {safe_repr(second)}'))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second agree to places (7) or delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = (f'{safe_repr(first)} != {safe_repr(second)} within '
                           f'{safe_repr(delta)} delta ({safe_repr(diff)} '
                           f'difference)')
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = (f'{safe_repr(first)} != {safe_repr(second)} within '
                           f'{places!r} places ({safe_repr(diff)} difference)')
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second agree to places (7) or delta."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = (f'{safe_repr(first)} == {safe_repr(second)} within '
                           f'{safe_repr(delta)} delta ({safe_repr(diff)} '
                           f'difference)')
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = (f'{safe_repr(first)} == {safe_repr(second)} within '
                           f'{places!r} places')
        self.fail(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences are equal, describing the first
        difference."""
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(
                    f'First sequence is not a {kind}: {safe_repr(seq1)}')
            if not isinstance(seq2, seq_type):
                raise self.failureException(
                    f'Second sequence is not a {kind}: {safe_repr(seq2)}')
        else:
            kind = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = f'First {kind} has no length.    Non-sequence?'
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = f'Second {kind} has no length.    Non-sequence?'
        if differing is None:
            if seq1 == seq2:
                return
            differing = self._describe_sequences(seq1, seq2, len1, len2,
                                                 kind, seq_type)
            if differing is None:
                return
        standardMsg = self._truncateMessage(differing,
                                            _ndiff_lines(seq1, seq2))
        self.fail(self._formatMessage(msg, standardMsg))

    def _describe_sequences(self, seq1, seq2, len1, len2, kind, seq_type):
        out = '%ss differ: %s != %s\n' % (
            (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                out += f'\nUnable to index element {i} of first {kind}\n'
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                out += f'\nUnable to index element {i} of second {kind}\n'
                break
            if item1 != item2:
                out += ('\nFirst differing element %d:\n%s\n%s\n' %
                        ((i,) + _common_shorten_repr(item1, item2)))
                break
        else:
            if len1 == len2 and seq_type is None and \
                    type(seq1) != type(seq2):
                return None
        if len1 != len2:
            longer, n, which = ((seq1, len2, 'First') if len1 > len2
                                else (seq2, len1, 'Second'))
            out += (f'\n{which} {kind} contains {abs(len1 - len2)} '
                    f'additional elements.\n')
            try:
                out += f'First extra element {n}:\n{safe_repr(longer[n])}\n'
            except (TypeError, IndexError, NotImplementedError):
                out += (f'Unable to index element {n} of '
                        f'{which.lower()} {kind}\n')
        return out

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets are equal, listing the differences."""
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'first argument does not support set difference: {e}')
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'second argument does not support set difference: {e}')
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in difference1)
        if difference2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in difference2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} not found in {safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} unexpectedly found in '
                     f'{safe_repr(container)}'))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self.fail(self._formatMessage(
                msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless two dicts are equal, with a diff."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            standardMsg = self._truncateMessage(standardMsg,
                                                _ndiff_lines(d1, d2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless both hold the same elements as often, in any order."""
        from collections import Counter
        first_seq, second_seq = list(first), list(second)
        try:
            first = Counter(first_seq)
            second = Counter(second_seq)
        except TypeError:
            differences = _count_diff_all_purpose(first_seq, second_seq)
        else:
            if first == second:
                return
            differences = _count_diff_hashable(first_seq, second_seq)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % diff
                     for diff in differences]
            standardMsg = self._truncateMessage(
                'Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal, with a line diff."""
        import difflib
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if (len(first) > self._diffThreshold or
                len(second) > self._diffThreshold):
            self._baseAssertEqual(first, second, msg)
        a, b = first, second
        if a and b:
            if a[-1] != '\n' or b[-1] != '\n':
                a += '\n'
                b += '\n'
        elif b and b[-1] != '\n':
            b += '\n'
        elif a and a[-1] != '\n':
            a += '\n'
        standardMsg = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(a.splitlines(keepends=True),
                                            b.splitlines(keepends=True)))
        standardMsg = self._truncateMessage(standardMsg, diff)
        self.fail(self._formatMessage(msg, standardMsg))

    def _compare(self, ok, a, b, words, msg):
        if not ok:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} {words} {safe_repr(b)}'))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        self._compare(a < b, a, b, 'not less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        self._compare(a <= b, a, b, 'not less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        self._compare(a > b, a, b, 'not greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        self._compare(a >= b, a, b, 'not greater than or equal to', msg)

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            if isinstance(cls, tuple):
                standardMsg = (f'{safe_repr(obj)} is not an instance of any '
                               f'of {cls!r}')
            else:
                standardMsg = f'{safe_repr(obj)} is not an instance of {cls!r}'
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            if isinstance(cls, tuple):
                for x in cls:
                    if isinstance(obj, x):
                        cls = x
                        break
            self.fail(self._formatMessage(
                msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    def assertIsSubclass(self, cls, superclass, msg=None):
        """Fail unless issubclass(cls, superclass)."""
        try:
            if issubclass(cls, superclass):
                return
        except TypeError:
            if not isinstance(cls, type):
                self.fail(self._formatMessage(msg, f'{cls!r} is not a class'))
            raise
        if isinstance(superclass, tuple):
            standardMsg = f'{cls!r} is not a subclass of any of {superclass!r}'
        else:
            standardMsg = f'{cls!r} is not a subclass of {superclass!r}'
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsSubclass(self, cls, superclass, msg=None):
        """Fail if issubclass(cls, superclass)."""
        try:
            if not issubclass(cls, superclass):
                return
        except TypeError:
            if not isinstance(cls, type):
                self.fail(self._formatMessage(msg, f'{cls!r} is not a class'))
            raise
        if isinstance(superclass, tuple):
            for x in superclass:
                if issubclass(cls, x):
                    superclass = x
                    break
        self.fail(self._formatMessage(
            msg, f'{cls!r} is a subclass of {superclass!r}'))

    def _attr_owner(self, obj):
        import types
        if isinstance(obj, types.ModuleType):
            return f'module {obj.__name__!r}'
        if isinstance(obj, type):
            return f'type object {obj.__name__!r}'
        return f'{type(obj).__name__!r} object'

    def assertHasAttr(self, obj, name, msg=None):
        """Fail unless hasattr(obj, name)."""
        if not hasattr(obj, name):
            self.fail(self._formatMessage(
                msg, f'{self._attr_owner(obj)} has no attribute {name!r}'))

    def assertNotHasAttr(self, obj, name, msg=None):
        """Fail if hasattr(obj, name)."""
        if hasattr(obj, name):
            self.fail(self._formatMessage(
                msg, f'{self._attr_owner(obj)} has unexpected attribute '
                     f'{name!r}'))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless the regex matches somewhere in text."""
        import re
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = ("Regex didn't match: %r not found in %r"
                           % (expected_regex.pattern, text))
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if the regex matches somewhere in text."""
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern,
                text)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def _tail_type_check(self, s, tails, msg):
        if not isinstance(tails, tuple):
            tails = (tails,)
        for tail in tails:
            if isinstance(tail, str):
                if not isinstance(s, str):
                    self.fail(self._formatMessage(
                        msg, f'Expected str, not {type(s).__name__}'))
            elif isinstance(tail, (bytes, bytearray)):
                if not isinstance(s, (bytes, bytearray)):
                    self.fail(self._formatMessage(
                        msg, f'Expected bytes, not {type(s).__name__}'))

    def _tail_check(self, s, tail, msg, method, want, verb):
        try:
            if getattr(s, method)(tail) == want:
                return
        except (AttributeError, TypeError):
            self._tail_type_check(s, tail, msg)
            raise
        a = safe_repr(s, short=True)
        if want:
            any_of = 'any of ' if isinstance(tail, tuple) else ''
            standardMsg = f"{a} doesn't {verb} with {any_of}{safe_repr(tail)}"
        else:
            if isinstance(tail, tuple):
                for x in tail:
                    if getattr(s, method)(x):
                        tail = x
                        break
            standardMsg = f"{a} {verb}s with {safe_repr(tail)}"
        self.fail(self._formatMessage(msg, standardMsg))

    def assertStartsWith(self, s, prefix, msg=None):
        """Fail unless s starts with prefix."""
        self._tail_check(s, prefix, msg, 'startswith', True, 'start')

    def assertNotStartsWith(self, s, prefix, msg=None):
        """Fail if s starts with prefix."""
        self._tail_check(s, prefix, msg, 'startswith', False, 'start')

    def assertEndsWith(self, s, suffix, msg=None):
        """Fail unless s ends with suffix."""
        self._tail_check(s, suffix, msg, 'endswith', True, 'end')

    def assertNotEndsWith(self, s, suffix, msg=None):
        """Fail if s ends with suffix."""
        self._tail_check(s, suffix, msg, 'endswith', False, 'end')
