"""The pattern parser of ``re``: a pattern (``str``, or ``bytes`` read as
Latin-1) becomes a tree of tuples; errors are ``re.PatternError`` with
CPython's messages and positions. Inline flags are resolved while
parsing, so scoped flags ``(?i:...)`` need no run-time state.
"""

_I, _L, _M, _S, _U, _X, _A = 2, 4, 8, 16, 32, 64, 256
MAXREPEAT = 4294967295


class PatternError(Exception):
    """A regular expression is not valid."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = f'{msg} at position {pos}'
            if nl in pattern:
                msg += f' (line {self.lineno}, column {self.colno})'
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


_seen_warnings = set()


def warn(message, category):
    """Warn at the first frame outside the ``re`` package (as
    ``warnings.warn`` with the right ``stacklevel``; printed directly when
    there is no ``warnings`` module)."""
    import sys
    try:
        frame = sys._getframe(0)
    except (AttributeError, NotImplementedError):
        # No frame introspection: the warning cannot name its caller.
        return
    level = 1
    while frame is not None:
        name = frame.f_globals.get('__name__', '')
        if name != 're' and not name.startswith('re.'):
            break
        frame = frame.f_back
        level += 1
    try:
        import warnings
    except ImportError:
        warnings = None
    if warnings is not None:
        warnings.warn(message, category, stacklevel=level)
        return
    if frame is None:
        return
    if category is DeprecationWarning and frame.f_globals.get('__name__') != '__main__':
        return
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    key = (message, category, filename, lineno)
    if key in _seen_warnings:
        return
    _seen_warnings.add(key)
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    try:
        with open(filename, encoding='utf-8') as f:
            line = f.read().splitlines()[lineno - 1].strip()
        if line:
            text += f"  {line}\n"
    except (OSError, IndexError, UnicodeError):
        pass
    sys.stderr.write(text)


PatternError.__module__ = 're'
PatternError.__qualname__ = 'PatternError'


_REPEAT_CHARS = '*+?{'
_CLASS_ESCAPES = 'dDwWsS'
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t', 'v': '\v', '\\': '\\'}
_MAXREPEAT = 4294967295
_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


class Parser:
    """Parses one pattern: ``parse()`` gives the tree; ``groups`` (one
    more than the number of groups), ``groupindex`` and ``flags`` (with
    the global inline flags) describe it."""

    def __init__(self, pattern, flags):
        self.orig = pattern
        self.is_bytes = not isinstance(pattern, str)
        self.p = pattern.decode('latin-1') if self.is_bytes else pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open_groups = []
        self.lookbehind_start = None
        self.cond_refs = []
        self.only_flags = True
        self.depth = 0

    def error(self, msg, pos=None):
        return PatternError(msg, self.orig, self.i if pos is None else pos)

    def case(self, flags):
        """How literals compare: 0 exactly, 1 Unicode case, 2 ASCII case."""
        if not flags & _I:
            return 0
        if self.is_bytes or flags & (_A | _L):
            return 2
        return 1

    def ascii_only(self, flags):
        return self.is_bytes or bool(flags & (_A | _L))

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def next(self):
        c = self.peek()
        self.i += 1
        return c

    def skip_verbose(self, flags):
        if not flags & _X:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in ' \t\n\r\v\f':
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.alternation(self.flags, True)
        for gid, pos in self.cond_refs:
            if gid >= self.groups:
                raise self.error(f"invalid group reference {gid}", pos)
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error("unbalanced parenthesis")
            raise self.error("unexpected end of pattern")
        return node

    def alternation(self, flags, top=False):
        branches = [self.sequence(flags)]
        while self.peek() == '|':
            self.only_flags = False
            self.i += 1
            branches.append(self.sequence(flags | self.flags if top else flags))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def sequence(self, flags):
        items = []
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c is None or c == '|' or c == ')':
                break
            start = self.i
            if c in _REPEAT_CHARS and not (c == '{' and not self.is_repeat_brace()):
                raise self.error("nothing to repeat")
            atom, flags = self.atom(flags)
            if atom is None:
                continue
            atom = self.repeats(atom, flags, start)
            items.append(atom)
            self.only_flags = False
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def is_repeat_brace(self):
        p = self.p
        j = self.i + 1
        lo = j
        while j < len(p) and p[j].isdigit():
            j += 1
        hi_start = j
        if j < len(p) and p[j] == ',':
            j += 1
            while j < len(p) and p[j].isdigit():
                j += 1
        elif hi_start == lo:
            return False
        return j < len(p) and p[j] == '}'

    def repeats(self, atom, flags, start):
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c is None or c not in _REPEAT_CHARS:
                return atom
            here = self.i
            if c == '{':
                if not self.is_repeat_brace():
                    return atom
                self.i += 1
                text = ''
                while self.peek() != '}':
                    text += self.next()
                self.i += 1
                lo_s, _, hi_s = text.partition(',') if ',' in text else (text, ',', text)
                lo = int(lo_s) if lo_s else 0
                hi = int(hi_s) if hi_s else _MAXREPEAT
                if lo >= _MAXREPEAT or (hi_s and hi >= _MAXREPEAT):
                    raise OverflowError("the repetition number is too large")
                if hi < lo:
                    raise self.error("min repeat greater than max repeat", here + 1)
            else:
                self.i += 1
                lo, hi = {'*': (0, _MAXREPEAT), '+': (1, _MAXREPEAT), '?': (0, 1)}[c]
            if atom[0] in ('bol', 'eol', 'A', 'Z', 'b', 'B'):
                raise self.error("nothing to repeat", here)
            if atom[0] == 'rep':
                raise self.error("multiple repeat", here)
            greedy = True
            possessive = False
            nxt = self.peek()
            if nxt == '?':
                self.i += 1
                greedy = False
            elif nxt == '+':
                self.i += 1
                possessive = True
            atom = ('rep', lo, hi, greedy, atom)
            if possessive:
                atom = ('atomic', atom)
            nxt = self.peek()
            if nxt is not None and nxt in '*+?' or (nxt == '{' and self.is_repeat_brace()):
                raise self.error("multiple repeat")

    def atom(self, flags):
        c = self.next()
        if c == '(':
            return self.group(flags)
        if c == '[':
            return self.char_set(flags), flags
        if c == '.':
            return ('any', bool(flags & _S)), flags
        if c == '^':
            return ('bol', bool(flags & _M)), flags
        if c == '$':
            return ('eol', bool(flags & _M)), flags
        if c == '\\':
            return self.escape(flags, in_set=False), flags
        return self.literal(c, flags), flags

    def literal(self, c, flags):
        return ('lit', c, self.case(flags))

    def escape(self, flags, in_set):
        start = self.i - 1
        c = self.next()
        if c is None:
            raise self.error("bad escape (end of pattern)", start)
        ascii_only = self.ascii_only(flags)
        if self.is_bytes and c in 'uUN':
            raise self.error(f"bad escape \\{c}", start)
        if c in _CLASS_ESCAPES:
            return ('cls', c, ascii_only)
        if c in _SIMPLE_ESCAPES:
            if c == 'b' and not in_set:
                return ('b', ascii_only)
            return self.literal(_SIMPLE_ESCAPES[c], flags)
        if not in_set:
            if c == 'A':
                return ('A',)
            if c == 'Z' or c == 'z':
                return ('Z',)
            if c == 'B':
                return ('B', ascii_only)
        if c == 'x':
            return self.literal(chr(self.hex_digits(2, start)), flags)
        if c == 'u':
            return self.literal(chr(self.hex_digits(4, start)), flags)
        if c == 'U':
            return self.literal(chr(self.hex_digits(8, start)), flags)
        if c == 'N':
            return self.literal(self.named_char(), flags)
        if c == '0':
            digits = '0'
            while len(digits) < 3 and self.peek() is not None and self.peek() in '01234567':
                digits += self.next()
            return self.literal(chr(int(digits, 8)), flags)
        if c.isdigit():
            if in_set:
                if c in '01234567':
                    digits = c
                    while len(digits) < 3 and self.peek() is not None and self.peek() in '01234567':
                        digits += self.next()
                    if int(digits, 8) > 0o377:
                        raise self.error(f"octal escape value \\{digits} outside of range 0-0o377",
                                         start)
                    return self.literal(chr(int(digits, 8)), flags)
                raise self.error(f"bad escape \\{c}", start)
            digits = c
            if self.peek() is not None and self.peek().isdigit():
                if (c in '01234567' and self.peek() in '01234567' and self.i + 1 < len(self.p)
                        and self.p[self.i + 1] in '01234567'):
                    digits += self.next() + self.next()
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.error(f"octal escape value \\{digits} outside of range 0-0o377", start)
                    return self.literal(chr(value), flags)
                digits += self.next()
            group = int(digits)
            if group >= self.groups:
                raise self.error(f"invalid group reference {group}", start + 1)
            if group in self.open_groups:
                raise self.error("cannot refer to an open group", start)
            self.check_lookbehind(group)
            return ('backref', group, self.case(flags))
        if c.isascii() and c.isalpha():
            raise self.error(f"bad escape \\{c}", start)
        return self.literal(c, flags)

    def named_char(self):
        if self.peek() != '{':
            raise self.error("missing {")
        self.i += 1
        start = self.i
        end = self.p.find('}', start)
        if end == start or (end < 0 and start == len(self.p)):
            raise self.error("missing character name", start)
        if end < 0:
            raise self.error("missing }, unterminated name", start)
        name = self.p[start:end]
        self.i = end + 1
        if all(ch.isalnum() or ch in ' -' for ch in name) and name.isascii():
            try:
                return eval('"\\N{' + name + '}"')
            except SyntaxError:
                pass
        raise self.error(f"undefined character name {name!r}", start - 3)

    def check_lookbehind(self, group):
        if self.lookbehind_start is not None and group >= self.lookbehind_start:
            raise self.error("cannot refer to group defined in the same lookbehind subpattern")

    def hex_digits(self, n, start):
        digits = self.p[self.i:self.i + n]
        if len(digits) != n or any(d not in '0123456789abcdefABCDEF' for d in digits):
            kind = self.p[start + 1]
            raise self.error(f"incomplete escape \\{kind}{digits}", start)
        self.i += n
        value = int(digits, 16)
        if value > 0x10FFFF:
            raise self.error(f"bad escape \\{self.p[start + 1]}{digits}", start)
        return value

    def char_set(self, flags):
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            self.i += 1
            negate = True
        if self.peek() == '[':
            warn(f'Possible nested set at position {self.i}', FutureWarning)
        items = []
        first = True
        while True:
            c = self.next()
            if c is None:
                raise self.error("unterminated character set", start)
            if c == ']' and not first:
                break
            first = False
            item_start = self.i - 1
            if c == '\\':
                item = self.escape(flags, in_set=True)
            else:
                if items and c in '-&~|' and self.peek() == c:
                    warn(f'Possible set {_SET_OPS[c]} at position {self.i - 1}', FutureWarning)
                item = ('lit', c, False)
            if (item[0] != 'lit' and self.peek() == '-' and self.i + 1 < len(self.p)
                    and self.p[self.i + 1] != ']'):
                raise self.error(f"bad character range {self.p[item_start:self.i + 2]}", item_start)
            if (item[0] == 'lit' and self.peek() == '-' and self.i + 1 < len(self.p)
                    and self.p[self.i + 1] != ']'):
                self.i += 1
                c2 = self.next()
                if c2 == '\\':
                    item2 = self.escape(flags, in_set=True)
                    if item2[0] != 'lit':
                        raise self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
                else:
                    if c2 == '-':
                        warn(f'Possible set difference at position {self.i - 2}', FutureWarning)
                    item2 = ('lit', c2, False)
                lo, hi = item[1], item2[1]
                if hi < lo:
                    raise self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
                items.append(('range', lo, hi))
            else:
                items.append(item)
        return ('set', negate, tuple(items), self.case(flags))

    def group_name(self, terminator):
        start = self.i
        end = self.p.find(terminator, start)
        if end == start or (end < 0 and start == len(self.p)):
            raise self.error("missing group name", start)
        if end < 0:
            raise self.error("missing " + terminator + ", unterminated name", start)
        name = self.p[start:end]
        self.i = end + 1
        return name, start

    def group(self, flags):
        first = self.only_flags and self.depth == 0
        self.only_flags = False
        start = self.i - 1
        capture = True
        name = None
        if self.peek() == '?':
            self.i += 1
            c = self.next()
            if c == ':':
                capture = False
            elif c == 'P':
                c2 = self.next()
                if c2 == '<':
                    name, pos = self.group_name('>')
                    if not self.valid_name(name):
                        raise self.error(f"bad character in group name {self.show(name)}", pos)
                    if name in self.groupindex:
                        raise self.error(f"redefinition of group name {name!r} as group "
                                         f"{self.groups}; was group {self.groupindex[name]}", pos)
                elif c2 == '=':
                    ref, pos = self.group_name(')')
                    if not self.valid_name(ref):
                        raise self.error(f"bad character in group name {self.show(ref)}", pos)
                    if ref not in self.groupindex:
                        raise self.error(f"unknown group name {ref!r}", pos)
                    gid = self.groupindex[ref]
                    if gid in self.open_groups:
                        raise self.error("cannot refer to an open group", pos)
                    self.check_lookbehind(gid)
                    return ('backref', gid, self.case(flags)), flags
                elif c2 is None:
                    raise self.error("unexpected end of pattern", len(self.p))
                else:
                    raise self.error(f"unknown extension ?P{c2}", start + 1)
            elif c is None:
                raise self.error("unexpected end of pattern", len(self.p))
            elif c == '<' and self.peek() is None:
                raise self.error("unexpected end of pattern", len(self.p))
            elif c == '<' and self.peek() not in ('=', '!'):
                raise self.error(f"unknown extension ?<{self.peek() or ''}", start + 1)
            elif c in ('=', '!'):
                body = self.alternation(flags)
                self.close(start)
                return ('look', True, c == '!', body), flags
            elif c == '<':
                kind = self.next()
                saved = self.lookbehind_start
                if saved is None:
                    self.lookbehind_start = self.groups
                body = self.alternation(flags)
                self.lookbehind_start = saved
                self.close(start)
                width = fixed_width(body)
                if width is None:
                    raise PatternError("look-behind requires fixed-width pattern")
                return ('lookbehind', kind == '!', body, width), flags
            elif c == '>':
                body = self.alternation(flags)
                self.close(start)
                return ('atomic', body), flags
            elif c == '#':
                end = self.p.find(')', self.i)
                if end < 0:
                    raise self.error("missing ), unterminated comment", start)
                self.i = end + 1
                self.only_flags = first
                return None, flags
            elif c == '(':
                return self.conditional(flags, start), flags
            elif c is not None and c in 'aiLmsux-':
                return self.inline_flags(c, flags, start, first)
            else:
                raise self.error(f"unknown extension ?{c or ''}", start + 1)
        index = None
        if capture:
            index = self.groups
            self.groups += 1
            if name is not None:
                self.groupindex[name] = index
            self.open_groups.append(index)
        body = self.alternation(flags)
        self.close(start)
        if capture:
            self.open_groups.remove(index)
        return ('group', index, body), flags

    def close(self, start):
        if self.peek() != ')':
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def inline_flags(self, c, flags, start, first):
        add = remove = 0
        if c != '-':
            while True:
                flag = _FLAG_LETTERS[c]
                if c == 'L' and not self.is_bytes:
                    raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                if c == 'u' and self.is_bytes:
                    raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add |= flag
                if flag & _TYPE_FLAGS and add & _TYPE_FLAGS != flag:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                c = self.next()
                if c is None:
                    raise self.error("missing -, : or )", len(self.p))
                if c in ')-:':
                    break
                if c not in _FLAG_LETTERS:
                    msg = "unknown flag" if c.isalpha() else "missing -, : or )"
                    raise self.error(msg, self.i - 1)
        if c == ')':
            if not first:
                raise self.error("global flags not at the start of the expression", start)
            self.flags |= add
            self.only_flags = True
            return None, flags | add
        if c == '-':
            c = self.next()
            if c is None:
                raise self.error("missing flag", len(self.p))
            if c not in _FLAG_LETTERS:
                raise self.error("unknown flag" if c.isalpha() else "missing flag", self.i - 1)
            while True:
                flag = _FLAG_LETTERS[c]
                if flag & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                remove |= flag
                c = self.next()
                if c is None:
                    raise self.error("missing :", len(self.p))
                if c == ':':
                    break
                if c not in _FLAG_LETTERS:
                    raise self.error("unknown flag" if c.isalpha() else "missing :", self.i - 1)
        if add & remove:
            raise self.error("bad inline flags: flag turned on and off", self.i - 1)
        inner = (flags | add) & ~remove
        if add & _TYPE_FLAGS:
            inner = (inner & ~_TYPE_FLAGS) | add & _TYPE_FLAGS
        self.depth += 1
        body = self.alternation(inner)
        self.depth -= 1
        self.close(start)
        return ('cat', [body]), flags

    def show(self, name):
        return ascii(name) if self.is_bytes else repr(name)

    def valid_name(self, name):
        return name.isidentifier() and not (self.is_bytes and not name.isascii())

    def conditional(self, flags, start):
        name, pos = self.group_name(')')
        if name.isdecimal() and name.isascii():
            gid = int(name)
            if gid == 0:
                raise self.error("bad group number", pos)
            if gid >= 1073741823:
                raise self.error(f"invalid group reference {gid}", pos)
            self.cond_refs.append((gid, pos))
        elif self.valid_name(name):
            if name not in self.groupindex:
                raise self.error(f"unknown group name {name!r}", pos)
            gid = self.groupindex[name]
        else:
            raise self.error(f"bad character in group name {self.show(name)}", pos)
        self.check_lookbehind(gid)
        self.depth += 1
        yes = self.sequence(flags)
        no = None
        if self.peek() == '|':
            self.i += 1
            no = self.sequence(flags)
            if self.peek() == '|':
                raise self.error("conditional backref with more than two branches")
        self.depth -= 1
        self.close(start)
        return ('cond', gid, yes, no)


_FLAG_LETTERS = {'a': _A, 'i': _I, 'L': _L, 'm': _M, 's': _S, 'u': _U, 'x': _X}
_TYPE_FLAGS = _A | _L | _U


def fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set', 'cls'):
        return 1
    if kind in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'look', 'lookbehind'):
        return 0
    if kind == 'cat':
        total = 0
        for n in node[1]:
            w = fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {fixed_width(n) for n in node[1]}
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind == 'group':
        return fixed_width(node[2])
    if kind == 'cond':
        yes = fixed_width(node[2])
        no = 0 if node[3] is None else fixed_width(node[3])
        return yes if yes == no else None
    if kind == 'atomic':
        return fixed_width(node[1])
    if kind == 'rep':
        if node[1] == node[2]:
            w = fixed_width(node[4])
            return None if w is None else w * node[1]
        return None
    return None


