"""Regular expressions (Taipan's own implementation).

``re._parser`` parses a pattern (``str``, or ``bytes`` read as Latin-1)
into a tree with CPython's error messages, ``re._compiler`` turns the tree
into instruction tuples, and the native module ``_re`` runs them with a
backtracking matcher (explicit stack, so long subjects cannot overflow).
Whole scans (``findall``, ``sub`` with a template, ``split``) run
natively; ``Match`` objects are built here from the capture positions.
"""

import _re
from _re import match as _native_match, scan as _native_scan, piece as _piece
from enum import IntFlag as _IntFlag
from re._parser import Parser as _Parser, PatternError, warn as _warn
from re._compiler import compile_tree as _compile_tree

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
    "PatternError",
]


class RegexFlag(_IntFlag):
    """The flags of a pattern."""

    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    DEBUG = 128

    def __repr__(self):
        if self._name_ is None:
            return f're.{type(self).__name__}({self._value_})'
        if self._value_ == 0:
            return 're.NOFLAG'
        names = [m._name_ for m in type(self)._iter_member_(self._value_)]
        return '|'.join('re.' + n for n in names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG

_I, _L, _U, _A = 2, 4, 32, 256
_MAXINT = 9223372036854775807
_REPR_FLAGS = ((2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'), (16, 're.DOTALL'),
               (32, 're.UNICODE'), (64, 're.VERBOSE'), (128, 're.DEBUG'), (256, 're.ASCII'))

error = PatternError

_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape the special characters of ``pattern``."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    try:
        text = str(pattern, 'latin-1')
    except TypeError:
        raise TypeError("decoding to str: need a bytes-like object, "
                        f"{type(pattern).__name__} found") from None
    return bytes(escape(text), 'latin-1')


# --- templates --------------------------------------------------------------

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}


def _template_group(pattern, template, orig, name, at):
    """The group number ``\\g<name>`` names."""
    if not name:
        raise PatternError("missing group name", orig, at)
    if name.isdecimal() and name.isascii():
        index = int(name)
        if index > pattern.groups:
            raise PatternError(f"invalid group reference {index}", orig, at)
        return index
    if name.isidentifier() and not (pattern._bytes and not name.isascii()):
        if name not in pattern._groupindex:
            raise IndexError(f"unknown group name {name!r}")
        return pattern._groupindex[name]
    raise PatternError(f"bad character in group name {name!r}", orig, at)


def _parse_template(pattern, orig):
    """``orig`` as a tuple of literal pieces and group numbers."""
    is_bytes = pattern._bytes
    if is_bytes:
        if isinstance(orig, str):
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        template = bytes(orig).decode('latin-1')
    else:
        if not isinstance(orig, str):
            raise TypeError(f"sequence item 0: expected str instance, "
                            f"{type(orig).__name__} found")
        template = orig
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise PatternError("bad escape (end of pattern)", orig, i)
        c = template[i + 1]
        if c == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                raise PatternError("missing <", orig, i + 2)
            close = template.find('>', i + 3)
            if close < 0:
                if i + 3 >= n:
                    raise PatternError("missing group name", orig, i + 3)
                raise PatternError("missing >, unterminated name", orig, i + 3)
            index = _template_group(pattern, template, orig, template[i + 3:close], i + 3)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = close + 1
        elif c == '0':
            octal = '0'
            k = i + 2
            while k < n and len(octal) < 3 and template[k] in '01234567':
                octal += template[k]
                k += 1
            literal.append(chr(int(octal, 8)))
            i = k
        elif c in '123456789':
            j = i + 2
            if j < n and template[j] in '0123456789':
                if (c in '01234567' and template[j] in '01234567' and j + 1 < n
                        and template[j + 1] in '01234567'):
                    value = int(template[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise PatternError(f"octal escape value \\{template[i + 1:j + 2]} "
                                           "outside of range 0-0o377", orig, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise PatternError(f"invalid group reference {index}", orig, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
            i += 2
        elif c.isascii() and c.isalpha():
            raise PatternError(f"bad escape \\{c}", orig, i)
        else:
            literal.append('\\' + c)
            i += 2
    parts.append(''.join(literal))
    if is_bytes:
        return tuple(p if isinstance(p, int) else p.encode('latin-1') for p in parts if p != '')
    return tuple(p for p in parts if p != '')


def _fill(parts, m, empty):
    """The template ``parts`` expanded for match ``m``."""
    out = []
    for p in parts:
        if p.__class__ is int:
            g = m.group(p)
            if g is not None:
                out.append(g)
        else:
            out.append(p)
    return empty.join(out)


# --- Match ------------------------------------------------------------------

class Match:
    """The result of a successful match."""

    __taipan_tp_name__ = 're.Match'

    __slots__ = ('re', 'string', '_caps')

    def __init__(self, pattern, string, caps):
        self.re = pattern
        self.string = string
        # The spans of the groups, then lastindex, pos and endpos.
        self._caps = caps

    @property
    def pos(self):
        """Where the search started."""
        return self._caps[-2]

    @property
    def endpos(self):
        """Where the subject ended for the search."""
        return self._caps[-1]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def lastindex(self):
        """The number of the last group that closed, or None."""
        last = self._caps[-3]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        """The name of the last group that closed, or None."""
        last = self._caps[-3]
        if last < 0:
            return None
        return self.re._names[last]

    def _index(self, g):
        if g.__class__ is int and 0 <= g <= self.re.groups:
            return g
        if isinstance(g, str):
            try:
                return self.re._groupindex[g]
            except KeyError:
                raise IndexError("no such group") from None
        try:
            g = g.__index__()
        except (AttributeError, TypeError):
            raise IndexError("no such group") from None
        if not 0 <= g <= self.re.groups:
            raise IndexError("no such group")
        return g

    def _get(self, g, default=None):
        g = self._index(g)
        caps = self._caps
        start, end = caps[2 * g], caps[2 * g + 1]
        if start < 0 or end < 0:
            return default
        return _piece(self.string, start, end)

    def group(self, *groups):
        """One or more subgroups of the match."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        """All the subgroups, ``default`` for those that did not match."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The named subgroups by name."""
        return {name: self._get(idx, default) for name, idx in self.re._groupindex.items()}

    def start(self, group=0):
        """Where a group starts (-1 if it did not match)."""
        if group == 0 and group.__class__ is int:
            return self._caps[0]
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        """Where a group ends (-1 if it did not match)."""
        if group == 0 and group.__class__ is int:
            return self._caps[1]
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        """``(start, end)`` of a group."""
        g = self._index(group)
        return (self._caps[2 * g], self._caps[2 * g + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        """The template with group references filled in."""
        parts = _parse_template(self.re, template)
        return _fill(parts, self, b'' if self.re._bytes else '')

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return f'<re.Match object; span={self.span()!r}, match={self.group()!r}>'


# --- Pattern ----------------------------------------------------------------

def _type_name(obj):
    return type(obj).__name__


def _index(n):
    """``n`` as an int (``operator.index``)."""
    if n.__class__ is int:
        return n
    try:
        method = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{_type_name(n)}' object cannot be interpreted as an integer") from None
    return method(n)


class Pattern:
    """A compiled regular expression."""

    __taipan_tp_name__ = 're.Pattern'

    _id = None

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            is_bytes = False
        elif isinstance(pattern, (bytes, bytearray, memoryview)):
            is_bytes = True
            pattern = bytes(pattern) if not isinstance(pattern, bytes) else pattern
        else:
            raise TypeError("first argument must be string or compiled pattern")
        flags = int(flags)
        if is_bytes:
            if flags & _U:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & _L and flags & _A:
                raise ValueError("ASCII and LOCALE flags are incompatible")
        else:
            if flags & _L:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & _A and flags & _U:
                raise ValueError("ASCII and UNICODE flags are incompatible")
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self._id = None
        self.pattern = pattern
        self._bytes = is_bytes
        flags = parser.flags
        if not is_bytes and not flags & (_A | _L):
            flags |= _U
        self.flags = flags
        self.groups = parser.groups - 1
        self._groupindex = dict(parser.groupindex)
        names = [None] * (self.groups + 1)
        for name, index in self._groupindex.items():
            names[index] = name
        self._names = tuple(names)
        code, nregs = _compile_tree(tree)
        self._id = _re.compile(code, self.groups, nregs)
        self._template_cache = None

    def __del__(self):
        if self._id is not None:
            _re.free(self._id)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def groupindex(self):
        """A read-only mapping from group names to numbers."""
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        flags = self.flags
        if not self._bytes and flags & (_L | _U | _A) == _U:
            flags &= ~_U
        text = f're.compile({repr(self.pattern)[:200]}'
        if flags:
            names = []
            for value, name in _REPR_FLAGS:
                if flags & value:
                    names.append(name)
                    flags &= ~value
            if flags:
                names.append(hex(flags))
            text += ', ' + '|'.join(names)
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        cls = string.__class__
        if cls is str:
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return
        if cls is bytes or isinstance(string, (bytes, bytearray, memoryview)):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return
        raise TypeError(f"expected string or bytes-like object, got '{_type_name(string)}'")

    def _run(self, string, pos, endpos, kind):
        self._check(string)
        if pos.__class__ is not int:
            pos = _index(pos)
        if endpos is None:
            endpos = _MAXINT
        elif endpos.__class__ is not int:
            endpos = _index(endpos)
        caps = _native_match(self._id, string, pos, endpos, kind)
        if caps is None:
            return None
        return Match(self, string, caps)

    def match(self, string, pos=0, endpos=None):
        """Match at the start of the string (or at ``pos``)."""
        if string.__class__ is not str or self._bytes or pos.__class__ is not int or endpos is not None:
            return self._run(string, pos, endpos, 0)
        caps = _native_match(self._id, string, pos, _MAXINT, 0)
        return None if caps is None else Match(self, string, caps)

    def fullmatch(self, string, pos=0, endpos=None):
        """Match the whole string (or ``string[pos:endpos]``)."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        """The first match anywhere in the string."""
        if string.__class__ is not str or self._bytes or pos.__class__ is not int or endpos is not None:
            return self._run(string, pos, endpos, 2)
        caps = _native_match(self._id, string, pos, _MAXINT, 2)
        return None if caps is None else Match(self, string, caps)

    def _scan(self, string, pos, endpos, limit):
        self._check(string)
        endpos = _MAXINT if endpos is None else _index(endpos)
        found = _native_scan(self._id, string, _index(pos), endpos, limit)
        return [Match(self, string, caps) for caps in found]

    def finditer(self, string, pos=0, endpos=None):
        """An iterator over all non-overlapping matches."""
        return iter(self._scan(string, pos, endpos, 0))

    def scanner(self, string, pos=0, endpos=None):
        """An object whose ``match()``/``search()`` give successive matches."""
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """All non-overlapping matches (groups when the pattern has some)."""
        self._check(string)
        endpos = _MAXINT if endpos is None else _index(endpos)
        return _re.findall(self._id, string, _index(pos), endpos)

    def split(self, string, maxsplit=0):
        """Split ``string`` by the matches of the pattern."""
        self._check(string)
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [string[:] if string.__class__ in (str, bytes) else bytes(string)]
        return _re.split(self._id, string, _index(maxsplit))

    def _template(self, repl):
        cache = self._template_cache
        if cache is not None and cache[0] is repl:
            return cache[1]
        parts = _parse_template(self, repl)
        self._template_cache = (repl, parts)
        return parts

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        self._check(string)
        count = _index(count)
        if count < 0:
            return (string if string.__class__ in (str, bytes) else bytes(string)), 0
        if not callable(repl):
            parts = self._template(repl)
            return _re.subn(self._id, parts, string, count)
        empty = b'' if self._bytes else ''
        out = []
        last = 0
        n = 0
        for m in self._scan(string, 0, None, count):
            start, end = m._caps[0], m._caps[1]
            if last < start:
                out.append(_piece(string, last, start))
            piece = repl(m)
            if piece is not None:
                out.append(piece)
            last = end
            n += 1
        rest = _piece(string, last, _MAXINT)
        if rest:
            out.append(rest)
        result = empty.join(out)
        return result, n

    def sub(self, repl, string, count=0):
        """The string with matches replaced by ``repl``."""
        return self.subn(repl, string, count)[0]


class _Scanner:
    """``Pattern.scanner()``: successive matches from a moving position
    (after an empty match the next one must not be empty at the same
    place)."""

    def __init__(self, pattern, string, pos, endpos):
        pattern._check(string)
        self.pattern = pattern
        self._string = string
        self._endpos = _MAXINT if endpos is None else _index(endpos)
        self._pos = _index(pos)
        self._first = None
        self._advance = False

    def _next(self, kind):
        if self._pos is None:
            return None
        string = self._string
        caps = _native_match(self.pattern._id, string, self._pos, self._endpos,
                             kind | (4 if self._advance else 0))
        if caps is None:
            self._pos = None
            return None
        self._advance = caps[0] == caps[1]
        self._pos = caps[1]
        if self._first is None:
            self._first = caps[-2]
        # Matches report the position the scanner started from.
        return Match(self.pattern, string, caps[:-2] + (self._first, caps[-1]))

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


_cache = {}


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, int(flags))
    found = _cache.get(key)
    if found is None:
        found = Pattern(pattern, flags)
        if len(_cache) > 512:
            _cache.clear()
        _cache[key] = found
    return found


def purge():
    """Clear the pattern cache."""
    _cache.clear()


def match(pattern, string, flags=0):
    """Match a pattern at the start of a string."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match a pattern against the whole string."""
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Find the first match of a pattern in a string."""
    return compile(pattern, flags).search(string)


def _legacy(name, args, first, count, flags):
    """Positional ``count``/``maxsplit`` and ``flags`` (deprecated)."""
    if not args:
        return (0 if count is None else count), (0 if flags is None else flags)
    if count is not None:
        raise TypeError(f"{name}() got multiple values for argument '{first}'")
    count, *args = args
    if args:
        if flags is not None:
            raise TypeError(f"{name}() got multiple values for argument 'flags'")
        flags, *args = args
        if args:
            low = 2 if name == 'split' else 3
            raise TypeError(f"{name}() takes from {low} to {low + 2} positional arguments "
                            f"but {low + 2 + len(args)} were given")
    _warn(f"'{first}' is passed as positional argument", DeprecationWarning)
    return count, (0 if flags is None else flags)


def sub(pattern, repl, string, *args, count=None, flags=None):
    """Replace the matches of a pattern."""
    count, flags = _legacy('sub', args, 'count', count, flags)
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=None, flags=None):
    """Replace the matches of a pattern; also count them."""
    count, flags = _legacy('subn', args, 'count', count, flags)
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=None, flags=None):
    """Split a string by the matches of a pattern."""
    maxsplit, flags = _legacy('split', args, 'maxsplit', maxsplit, flags)
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of a pattern."""
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the matches of a pattern."""
    return compile(pattern, flags).finditer(string)


class Scanner:
    """A simple lexer: the (pattern, action) pairs of ``lexicon`` are tried
    in order at each position; ``scan(string)`` gives the actions' results
    and the unmatched rest."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._patterns = [(compile(p, flags), action) for p, action in lexicon]

    def scan(self, string):
        result = []
        pos = 0
        n = len(string)
        while True:
            for pattern, action in self._patterns:
                m = pattern.match(string, pos)
                if m is not None:
                    break
            else:
                break
            end = m.end()
            if end == pos:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            pos = end
        return result, string[pos:]
