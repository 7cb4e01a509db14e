"""Regular expressions (Taipan's own implementation).

A pattern is parsed into a tree, compiled into a small instruction list
and run by a backtracking machine with an explicit stack (no recursion
over the subject, so long strings cannot overflow). Inline flags are
resolved while parsing, so scoped flags ``(?i:...)`` need no run-time
state. Bytes patterns are not supported yet.
"""

from enum import IntFlag as _IntFlag

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

_I, _M, _S, _X, _A, _U = 2, 8, 16, 64, 256, 32


class PatternError(Exception):
    """A regular expression is not valid."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            msg = f'{msg} at position {pos}'
            if '\n' in pattern:
                msg += f' (line {self.lineno}, column {self.colno})'
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError.__module__ = 're'
error = PatternError

_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape the special characters of ``pattern``."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')


# --- character predicates -----------------------------------------------

def _is_digit(c, ascii_only):
    return ('0' <= c <= '9') if ascii_only else c.isdecimal()


def _is_word(c, ascii_only):
    if ascii_only:
        return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')
    return c == '_' or c.isalnum()


def _is_space(c, ascii_only):
    if ascii_only:
        return c in ' \t\n\r\f\v'
    return c.isspace()


# --- parser ---------------------------------------------------------------

_REPEAT_CHARS = '*+?{'
_CLASS_ESCAPES = 'dDwWsS'
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t', 'v': '\v', '\\': '\\'}
_MAXREPEAT = 4294967295


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open_groups = []
        self.lookbehind_groups = None

    def error(self, msg, pos=None):
        return PatternError(msg, self.p, self.i if pos is None else pos)

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
        node = self.alternation(self.flags)
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error("unbalanced parenthesis")
            raise self.error("unexpected end of pattern")
        return node

    def alternation(self, flags):
        branches = [self.sequence(flags)]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence(flags))
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
                if ',' in text:
                    lo_s, hi_s = text.split(',', 1)
                    lo = int(lo_s) if lo_s else 0
                    hi = int(hi_s) if hi_s else _MAXREPEAT
                else:
                    lo = hi = int(text)
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
        return ('lit', c, bool(flags & _I))

    def escape(self, flags, in_set):
        start = self.i - 1
        c = self.next()
        if c is None:
            raise self.error("bad escape (end of pattern)", start)
        ascii_only = bool(flags & _A)
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
            raise self.error("bad escape \\N", start)
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
            return ('backref', group, bool(flags & _I))
        if c.isalnum() or c == '_':
            raise self.error(f"bad escape \\{c}", start)
        return self.literal(c, flags)

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
                    item2 = ('lit', c2, False)
                lo, hi = item[1], item2[1]
                if hi < lo:
                    raise self.error(f"bad character range {self.p[item_start:self.i]}", item_start)
                items.append(('range', lo, hi))
            else:
                items.append(item)
        return ('set', negate, tuple(items), bool(flags & _I))

    def group_name(self, terminator):
        start = self.i
        end = self.p.find(terminator, start)
        if end < 0:
            raise self.error("missing " + terminator + ", unterminated name", start)
        name = self.p[start:end]
        if not name:
            raise self.error("missing group name", start)
        self.i = end + 1
        return name, start

    def group(self, flags):
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
                    if not name.isidentifier():
                        raise self.error(f"bad character in group name {name!r}", pos)
                    if name in self.groupindex:
                        raise self.error(f"redefinition of group name {name!r} as group "
                                         f"{self.groups}; was group {self.groupindex[name]}", pos)
                elif c2 == '=':
                    ref, pos = self.group_name(')')
                    if not ref.isidentifier():
                        raise self.error(f"bad character in group name {ref!r}", pos)
                    if ref not in self.groupindex:
                        raise self.error(f"unknown group name {ref!r}", pos)
                    return ('backref', self.groupindex[ref], bool(flags & _I)), flags
                else:
                    raise self.error(f"unknown extension ?P{c2 or ''}", start + 1)
            elif c is None:
                raise self.error("unexpected end of pattern", len(self.p))
            elif c == '<' and self.peek() not in ('=', '!'):
                raise self.error(f"unknown extension ?<{self.peek() or ''}", start + 1)
            elif c in ('=', '!'):
                body = self.alternation(flags)
                self.close(start)
                return ('look', True, c == '!', body), flags
            elif c == '<':
                kind = self.next()
                body = self.alternation(flags)
                self.close(start)
                width = _fixed_width(body)
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
                return None, flags
            elif c is not None and c in 'aiLmsux-':
                return self.inline_flags(c, flags, start)
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

    def inline_flags(self, c, flags, start):
        letters = {'a': _A, 'i': _I, 'L': 4, 'm': _M, 's': _S, 'u': _U, 'x': _X}
        add = 0
        remove = 0
        removing = False
        while True:
            if c == '-':
                removing = True
            elif c in letters:
                if removing:
                    remove |= letters[c]
                else:
                    add |= letters[c]
            elif c == ')':
                if removing:
                    raise self.error("missing :", self.i - 1)
                if start != 0 and not self.at_start(start):
                    raise self.error("global flags not at the start of the expression", start)
                self.flags |= add
                return None, flags | add
            elif c == ':':
                body = self.alternation((flags | add) & ~remove)
                self.close(start)
                return ('cat', [body]) if True else body, flags
            else:
                raise self.error("unknown flag", self.i - 1)
            c = self.next()
            if c is None:
                raise self.error("missing -, : or )", self.i)

    def at_start(self, start):
        return self.p[:start].strip() == '' if False else start == 0


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set', 'cls'):
        return 1
    if kind in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'look', 'lookbehind'):
        return 0
    if kind == 'cat':
        total = 0
        for n in node[1]:
            w = _fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(n) for n in node[1]}
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind == 'group':
        return _fixed_width(node[2])
    if kind == 'atomic':
        return _fixed_width(node[1])
    if kind == 'rep':
        if node[1] == node[2]:
            w = _fixed_width(node[4])
            return None if w is None else w * node[1]
        return None
    return None


# --- compiler -------------------------------------------------------------

class _Compiler:
    def __init__(self):
        self.code = []
        self.registers = 0

    def emit(self, op):
        self.code.append(op)
        return len(self.code) - 1

    def compile(self, node):
        kind = node[0]
        if kind == 'cat':
            for n in node[1]:
                self.compile(n)
        elif kind == 'alt':
            jumps = []
            branches = node[1]
            for idx, branch in enumerate(branches):
                if idx < len(branches) - 1:
                    split = self.emit(None)
                    self.compile(branch)
                    jumps.append(self.emit(None))
                    self.code[split] = ('split', split + 1, len(self.code))
                else:
                    self.compile(branch)
            for j in jumps:
                self.code[j] = ('jmp', len(self.code))
        elif kind == 'group':
            if node[1] is None:
                self.compile(node[2])
            else:
                self.emit(('save', 2 * node[1]))
                self.compile(node[2])
                self.emit(('save', 2 * node[1] + 1))
        elif kind == 'rep':
            self.repeat(node)
        elif kind == 'look':
            self.emit(('look', node[2], _compile_program(node[3])))
        elif kind == 'lookbehind':
            self.emit(('lookbehind', node[1], _compile_program(node[2]), node[3]))
        elif kind == 'atomic':
            self.emit(('atomic', _compile_program(node[1])))
        else:
            self.emit(node)

    def repeat(self, node):
        _, lo, hi, greedy, body = node
        if greedy and body[0] in ('lit', 'any', 'set', 'cls'):
            # One instruction consumes the run; its backtrack entry gives
            # back one character at a time.
            self.emit(('repchar', body, lo, hi))
            return
        for _ in range(lo):
            self.compile(body)
        if hi == _MAXREPEAT:
            reg = self.registers
            self.registers += 1
            loop = self.emit(None)
            self.emit(('mark', reg))
            self.compile(body)
            self.emit(('check', reg))
            self.emit(('jmp', loop))
            end = len(self.code)
            self.code[loop] = ('split', loop + 1, end) if greedy else ('split', end, loop + 1)
            return
        pending = []
        for _ in range(hi - lo):
            split = self.emit(None)
            pending.append(split)
            self.compile(body)
        end = len(self.code)
        for split in pending:
            self.code[split] = ('split', split + 1, end) if greedy else ('split', end, split + 1)


def _compile_program(node):
    c = _Compiler()
    c.compile(node)
    c.emit(('match',))
    return (tuple(c.code), c.registers)


# --- the machine ------------------------------------------------------------

def _class_match(kind, c, ascii_only):
    if kind == 'd':
        return _is_digit(c, ascii_only)
    if kind == 'D':
        return not _is_digit(c, ascii_only)
    if kind == 'w':
        return _is_word(c, ascii_only)
    if kind == 'W':
        return not _is_word(c, ascii_only)
    if kind == 's':
        return _is_space(c, ascii_only)
    return not _is_space(c, ascii_only)


def _set_match(items, c, icase):
    for item in items:
        kind = item[0]
        if kind == 'lit':
            if c == item[1] or (icase and c.lower() == item[1].lower()):
                return True
        elif kind == 'range':
            if item[1] <= c <= item[2]:
                return True
            if icase:
                lc, uc = c.lower(), c.upper()
                if item[1] <= lc <= item[2] or item[1] <= uc <= item[2]:
                    return True
        elif kind == 'cls':
            if _class_match(item[1], c, item[2]):
                return True
    return False


def _run_length(m, s, j, limit):
    """How far single-character matcher ``m`` matches from ``j``."""
    kind = m[0]
    if kind == 'any':
        if m[1]:
            return limit
        while j < limit and s[j] != '\n':
            j += 1
        return j
    if kind == 'lit':
        c = m[1]
        if m[2]:
            low = c.lower()
            while j < limit and s[j].lower() == low:
                j += 1
        else:
            while j < limit and s[j] == c:
                j += 1
        return j
    if kind == 'cls':
        cls, ascii_only = m[1], m[2]
        while j < limit and _class_match(cls, s[j], ascii_only):
            j += 1
        return j
    negate, items, icase = m[1], m[2], m[3]
    while j < limit and _set_match(items, s[j], icase) != negate:
        j += 1
    return j


def _at_word_boundary(s, pos, end, ascii_only):
    before = pos > 0 and _is_word(s[pos - 1], ascii_only)
    after = pos < end and _is_word(s[pos], ascii_only)
    return before != after


def _run(program, s, start, end, caps, forbid_empty):
    """Run ``program`` on ``s`` from ``start`` (the subject ends at
    ``end``): (end position, captures) or None."""
    code, nregs = program
    stack = [(0, start, caps, (-1,) * nregs)]
    pop = stack.pop
    push = stack.append
    while stack:
        entry = pop()
        if len(entry) == 5:
            pc, pos, caps, regs, least = entry
            if pos > least:
                push((pc, pos - 1, caps, regs, least))
        else:
            pc, pos, caps, regs = entry
        while True:
            op = code[pc]
            kind = op[0]
            if kind == 'lit':
                if pos < end and (s[pos] == op[1] or (op[2] and s[pos].lower() == op[1].lower())):
                    pos += 1
                    pc += 1
                    continue
                break
            if kind == 'repchar':
                m = op[1]
                limit = end if op[3] == _MAXREPEAT else min(end, pos + op[3])
                j = _run_length(m, s, pos, limit)
                least = pos + op[2]
                if j < least:
                    break
                if j > least:
                    push((pc + 1, j - 1, caps, regs, least))
                pos = j
                pc += 1
                continue
            if kind == 'split':
                push((op[2], pos, caps, regs))
                pc = op[1]
                continue
            if kind == 'jmp':
                pc = op[1]
                continue
            if kind == 'any':
                if pos < end and (op[1] or s[pos] != '\n'):
                    pos += 1
                    pc += 1
                    continue
                break
            if kind == 'set':
                if pos < end and _set_match(op[2], s[pos], op[3]) != op[1]:
                    pos += 1
                    pc += 1
                    continue
                break
            if kind == 'cls':
                if pos < end and _class_match(op[1], s[pos], op[2]):
                    pos += 1
                    pc += 1
                    continue
                break
            if kind == 'save':
                slot = op[1]
                caps = caps[:slot] + (pos,) + caps[slot + 1:]
                pc += 1
                continue
            if kind == 'mark':
                r = op[1]
                regs = regs[:r] + (pos,) + regs[r + 1:]
                pc += 1
                continue
            if kind == 'check':
                if regs[op[1]] == pos:
                    break
                pc += 1
                continue
            if kind == 'match':
                if forbid_empty and pos == start:
                    break
                return pos, caps
            if kind == 'bol':
                if pos == 0 or (op[1] and s[pos - 1] == '\n'):
                    pc += 1
                    continue
                break
            if kind == 'eol':
                n = end
                if pos == n or (pos == n - 1 and s[pos] == '\n') or (op[1] and s[pos] == '\n'):
                    pc += 1
                    continue
                break
            if kind == 'A':
                if pos == 0:
                    pc += 1
                    continue
                break
            if kind == 'end':
                if pos == end:
                    pc += 1
                    continue
                break
            if kind == 'Z':
                if pos == end:
                    pc += 1
                    continue
                break
            if kind == 'b':
                if _at_word_boundary(s, pos, end, op[1]):
                    pc += 1
                    continue
                break
            if kind == 'B':
                if end and not _at_word_boundary(s, pos, end, op[1]):
                    pc += 1
                    continue
                break
            if kind == 'backref':
                g = op[1]
                gs, ge = caps[2 * g], caps[2 * g + 1]
                if gs < 0 or ge < 0:
                    break
                text = s[gs:ge]
                seg = s[pos:pos + len(text)]
                if pos + len(text) <= end and (seg == text or (
                        op[2] and ''.join(seg).lower() == ''.join(text).lower())):
                    pos += len(text)
                    pc += 1
                    continue
                break
            if kind == 'look':
                found = _run(op[2], s, pos, end, caps, False)
                if op[1]:
                    if found is not None:
                        break
                else:
                    if found is None:
                        break
                    caps = found[1]
                pc += 1
                continue
            if kind == 'lookbehind':
                at = pos - op[3]
                found = None
                if at >= 0:
                    found = _run(op[2], s, at, pos, caps, False)
                    if found is not None and found[0] != pos:
                        found = None
                if op[1]:
                    if found is not None:
                        break
                else:
                    if found is None:
                        break
                    caps = found[1]
                pc += 1
                continue
            if kind == 'atomic':
                found = _run(op[1], s, pos, end, caps, False)
                if found is None:
                    break
                pos, caps = found
                pc += 1
                continue
            raise RuntimeError(f'bad regex instruction {kind}')
    return None


# --- Pattern and Match -----------------------------------------------------

class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, caps, chars=None):
        self.re = pattern
        self.string = string
        self._chars = chars
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        # lastindex: the group that closed last (the outermost if nested).
        closes = [(caps[2 * g + 1], -caps[2 * g], g) for g in range(1, pattern.groups + 1)
                  if caps[2 * g] >= 0]
        if closes:
            self.lastindex = max(closes)[2]
        else:
            self.lastindex = None
        self.lastgroup = None
        if self.lastindex is not None:
            for name, idx in pattern.groupindex.items():
                if idx == self.lastindex:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError("no such group") from None
        if isinstance(g, bool) or not isinstance(g, int):
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError("no such group") from None
        if not 0 <= g <= self.re.groups:
            raise IndexError("no such group")
        return g

    def _get(self, g, default=None):
        g = self._index(g)
        start, end = self._caps[2 * g], self._caps[2 * g + 1]
        if start < 0 or end < 0:
            return default
        if self._chars is not None:
            # Slicing a list is cheaper than slicing a long str.
            return ''.join(self._chars[start:end])
        return self.string[start:end]

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
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._caps[2 * g], self._caps[2 * g + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        """The template with group references filled in."""
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f'<re.Match object; span={self.span()!r}, match={self.group()!r}>'


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError("bytes patterns are not supported by Taipan's re yet")
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        flags = int(flags)
        if flags & _A and flags & _U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | (0 if parser.flags & _A else _U)
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.groupindex)
        self._program = _compile_program(tree)
        self._prefix = _literal_prefix(tree)
        self._first = _first_test(self._program[0][0])

    def __repr__(self):
        flags = self.flags & ~_U
        text = f're.compile({self.pattern!r}'
        if flags:
            text += ', ' + repr(RegexFlag(flags))
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match_at(self, chars, start, endpos, forbid_empty=False):
        caps = (-1,) * (2 * self.groups + 2)
        found = _run(self._program, chars, start, endpos, caps, forbid_empty)
        if found is None:
            return None
        end, caps = found
        caps = (start, end) + caps[2:]
        return caps

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if endpos < 0:
            endpos = 0
        return pos, endpos

    def _search(self, string, chars, pos, endpos, forbid_empty_at=-1):
        prefix = self._prefix
        test = self._first
        start = pos
        while start <= endpos:
            if test is not None:
                while start < endpos and not test(chars[start]):
                    start += 1
                if start >= endpos:
                    return None
            if prefix:
                found = string.find(prefix, start, endpos)
                if found < 0:
                    return None
                start = found
            caps = self._match_at(chars, start, endpos, start == forbid_empty_at)
            if caps is not None:
                return caps
            start += 1
        return None

    def match(self, string, pos=0, endpos=None):
        """Match at the start of the string (or at ``pos``)."""
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        caps = self._match_at(list(string), pos, endpos)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def fullmatch(self, string, pos=0, endpos=None):
        """Match the whole string (or ``string[pos:endpos]``)."""
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        program = _full_program(self)
        caps = (-1,) * (2 * self.groups + 2)
        found = _run(program, list(string), pos, endpos, caps, False)
        if found is None:
            return None
        end, caps = found
        return Match(self, string, pos, endpos, (pos, end) + caps[2:])

    def search(self, string, pos=0, endpos=None):
        """The first match anywhere in the string."""
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        caps = self._search(string, list(string), pos, endpos)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def finditer(self, string, pos=0, endpos=None):
        """An iterator over all non-overlapping matches."""
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        forbid = -1
        chars = list(string)
        while pos <= endpos:
            caps = self._search(string, chars, pos, endpos, forbid)
            if caps is None:
                break
            out.append(Match(self, string, pos, endpos, caps, chars))
            start, end = caps[0], caps[1]
            pos = end
            forbid = end if start == end else -1
            if start == end:
                forbid = end
        return iter(out)

    def findall(self, string, pos=0, endpos=None):
        """All non-overlapping matches (groups when the pattern has some)."""
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or '')
            else:
                result.append(tuple(g or '' for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        """Split ``string`` by the matches of the pattern."""
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        pieces = []
        last = 0
        count = 0
        chars = None
        for m in self.finditer(string):
            chars = m._chars
            if maxsplit and count >= maxsplit:
                break
            pieces.append(''.join(chars[last:m.start()]))
            pieces.extend(m.groups())
            last = m.end()
            count += 1
        pieces.append(string[last:] if chars is None else ''.join(chars[last:]))
        return pieces

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        if callable(repl):
            fill = repl
        else:
            fill = _expand(self, repl)
        out = []
        last = 0
        n = 0
        chars = None
        for m in self.finditer(string):
            chars = m._chars
            if count and n >= count:
                break
            out.append(''.join(chars[last:m.start()]))
            piece = fill(m)
            if piece is not None:
                out.append(piece)
            last = m.end()
            n += 1
        out.append(string[last:] if chars is None else ''.join(chars[last:]))
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        """The string with matches replaced by ``repl``."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported by Taipan")


def _full_program(pattern):
    program = getattr(pattern, '_full', None)
    if program is None:
        tree = _Parser(pattern.pattern, pattern.flags & ~_U).parse()
        program = _compile_program(('cat', [tree, ('end',)]))
        pattern._full = program
    return program


def _first_test(op):
    """A test every match's first character passes, when the program
    starts by consuming one character."""
    if op[0] == 'repchar':
        if op[2] < 1:
            return None
        op = op[1]
    kind = op[0]
    if kind == 'lit':
        c, icase = op[1], op[2]
        if icase:
            low = c.lower()
            return lambda x: x.lower() == low
        return lambda x: x == c
    if kind == 'cls':
        cls, ascii_only = op[1], op[2]
        return lambda x: _class_match(cls, x, ascii_only)
    if kind == 'set':
        negate, items, icase = op[1], op[2], op[3]
        return lambda x: _set_match(items, x, icase) != negate
    return None


def _literal_prefix(tree):
    """A literal (case-sensitive) string every match starts with."""
    items = tree[1] if tree[0] == 'cat' else [tree]
    out = ''
    for item in items:
        if item[0] == 'lit' and not item[2]:
            out += item[1]
        else:
            break
    return out


def _expand(pattern, template):
    """A function of a match giving ``template`` with references filled."""
    if not isinstance(template, str):
        raise TypeError(f"expected str instance, {type(template).__name__} found")
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
            raise PatternError("bad escape (end of pattern)", template, i)
        c = template[i + 1]
        if c == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                raise PatternError("missing <", template, i + 2)
            close = template.find('>', i + 3)
            if close < 0:
                raise PatternError("missing >, unterminated name", template, i + 3)
            name = template[i + 3:close]
            if not name:
                raise PatternError("missing group name", template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise PatternError(f"invalid group reference {index}", template, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f"unknown group name {name!r}")
                index = pattern.groupindex[name]
            else:
                raise PatternError(f"bad character in group name {name!r}", template, i + 3)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = close + 1
        elif c.isdigit():
            j = i + 1
            digits = ''
            while j < n and template[j].isdigit() and len(digits) < 2:
                digits += template[j]
                j += 1
            if c == '0' or (len(digits) == 2 and j < n and template[j] in '01234567'
                            and digits[0] in '01234567' and digits[1] in '01234567'):
                octal = c
                k = i + 2
                while k < n and len(octal) < 3 and template[k] in '01234567':
                    octal += template[k]
                    k += 1
                literal.append(chr(int(octal, 8)))
                i = k
                continue
            index = int(digits)
            if index > pattern.groups:
                raise PatternError(f"invalid group reference {index}", template, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
        elif c in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[c])
            i += 2
        elif c.isalpha():
            raise PatternError(f"bad escape \\{c}", template, i)
        else:
            literal.append('\\' + c)
            i += 2
    parts.append(''.join(literal))

    def fill(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                out.append(m.group(p) or '')
            else:
                out.append(p)
        return ''.join(out)

    return fill


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


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the matches of a pattern."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Replace the matches of a pattern; also count them."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split a string by the matches of a pattern."""
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of a pattern."""
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the matches of a pattern."""
    return compile(pattern, flags).finditer(string)
