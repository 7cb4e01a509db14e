"""Parse TOML 1.0 documents (Taipan's own implementation).

``loads`` reads a document into dicts, lists, str, int, float, bool and
datetime values; a malformed document raises TOMLDecodeError naming the
line and column.
"""

import string
from datetime import date, datetime, time, timedelta, timezone

__all__ = ('loads', 'load', 'TOMLDecodeError')

_BARE = frozenset(string.ascii_letters + string.digits + '-_')
_WS = frozenset(' \t')
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f',
            '\\r': '\r', '\\"': '"', '\\\\': '\\', '\\e': '\x1b'}


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""

    def __init__(self, msg, doc=None, pos=None, *args):
        if doc is None or pos is None:
            ValueError.__init__(self, msg, *args)
            self.msg = msg
            return
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos) if lineno > 1 else pos + 1
        if pos >= len(doc):
            coord = 'end of document'
        else:
            coord = 'line %d, column %d' % (lineno, colno)
        ValueError.__init__(self, '%s (at %s)' % (msg, coord))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


TOMLDecodeError.__module__ = 'tomllib'


def load(fp, /, *, parse_float=float):
    """Parse a TOML document from a binary file."""
    data = fp.read()
    if isinstance(data, str):
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`")
    return loads(data.decode(), parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    if not isinstance(s, str):
        raise TypeError("Expected str object, not '%s'"
                        % type(s).__qualname__)
    return _Parser(s.replace('\r\n', '\n'), parse_float).document()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.explicit = set()
        self.frozen = set()
        self.arrays = set()

    def error(self, msg, pos=None):
        return TOMLDecodeError(msg, self.src, self.pos if pos is None
                               else pos)

    def peek(self):
        return self.src[self.pos:self.pos + 1]

    def skip_ws(self):
        while self.peek() and self.peek() in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() == '#':
            while self.peek() and self.peek() != '\n':
                c = self.peek()
                if (c < ' ' and c != '\t') or c == '\x7f':
                    raise self.error('Illegal character %r' % c)
                self.pos += 1

    def end_of_line(self):
        self.skip_ws()
        self.skip_comment()
        if self.peek() == '\n':
            self.pos += 1
        elif self.peek():
            raise self.error('Expected newline or end of document after a '
                             'statement')

    def document(self):
        current = ()
        while True:
            self.skip_ws()
            c = self.peek()
            if not c:
                break
            if c == '\n':
                self.pos += 1
                continue
            if c == '#':
                self.skip_comment()
                continue
            if c == '[':
                current = self.header()
            else:
                self.key_value(current)
            self.end_of_line()
        return self.root

    def table_at(self, path, create_pos):
        node = self.root
        for i, part in enumerate(path):
            sub = path[:i + 1]
            if part not in node:
                node[part] = {}
            node = node[part]
            if isinstance(node, list):
                if sub not in self.arrays:
                    raise self.error('Cannot overwrite a value', create_pos)
                node = node[-1]
            elif not isinstance(node, dict):
                raise self.error('Cannot overwrite a value', create_pos)
        return node

    def header(self):
        start = self.pos
        array = self.src.startswith('[[', self.pos)
        self.pos += 2 if array else 1
        self.skip_ws()
        path = self.key()
        self.skip_ws()
        close = ']]' if array else ']'
        if not self.src.startswith(close, self.pos):
            raise self.error("Expected ']]' at the end of an array "
                             "declaration" if array else
                             "Expected ']' at the end of a table "
                             "declaration")
        self.pos += len(close)
        if any(path[:i] in self.frozen for i in range(1, len(path) + 1)):
            raise self.error('Cannot mutate immutable namespace %r'
                             % (path,), start)
        if array:
            parent = self.table_at(path[:-1], start)
            last = path[-1]
            if last not in parent:
                parent[last] = []
                self.arrays.add(path)
            elif path not in self.arrays:
                raise self.error('Cannot mutate immutable namespace %r'
                                 % (path,), start)
            parent[last].append({})
            for key in list(self.explicit):
                if key[:len(path)] == path and len(key) > len(path):
                    self.explicit.discard(key)
        else:
            if path in self.explicit or path in self.arrays:
                raise self.error('Cannot declare %r twice' % (path,), start)
            self.explicit.add(path)
            self.table_at(path, start)
        return path

    def key(self):
        parts = [self.key_part()]
        self.skip_ws()
        while self.peek() == '.':
            self.pos += 1
            self.skip_ws()
            parts.append(self.key_part())
            self.skip_ws()
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c in _BARE and c:
            start = self.pos
            while self.peek() and self.peek() in _BARE:
                self.pos += 1
            return self.src[start:self.pos]
        if c == '"':
            return self.basic_string()
        if c == "'":
            return self.literal_string()
        raise self.error('Invalid initial character for a key part')

    def key_value(self, current):
        start = self.pos
        path = self.key()
        self.skip_ws()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.value()
        table = self.table_at(current, start)
        full = current
        for part in path[:-1]:
            full = full + (part,)
            if full in self.frozen or full in self.explicit and \
                    full != current:
                raise self.error('Cannot mutate immutable namespace %r'
                                 % (full,), start)
            if part not in table:
                table[part] = {}
            table = table[part]
            if not isinstance(table, dict):
                raise self.error('Cannot mutate immutable namespace %r'
                                 % (full,), start)
        if path[-1] in table:
            raise self.error('Cannot overwrite a value', start)
        table[path[-1]] = value
        if isinstance(value, (dict, list)):
            self.frozen.add(current + path)

    def value(self):
        c = self.peek()
        src = self.src
        if c == '"':
            if src.startswith('"""', self.pos):
                return self.multiline_basic()
            return self.basic_string()
        if c == "'":
            if src.startswith("'''", self.pos):
                return self.multiline_literal()
            return self.literal_string()
        if c == '[':
            return self.array()
        if c == '{':
            return self.inline_table()
        if src.startswith('true', self.pos):
            self.pos += 4
            return True
        if src.startswith('false', self.pos):
            self.pos += 5
            return False
        return self.scalar()

    def array(self):
        self.pos += 1
        items = []
        while True:
            self.skip_array_ws()
            if self.peek() == ']':
                self.pos += 1
                return items
            items.append(self.value())
            self.skip_array_ws()
            c = self.peek()
            if c == ',':
                self.pos += 1
            elif c == ']':
                self.pos += 1
                return items
            else:
                raise self.error("Unclosed array")

    def skip_array_ws(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == '\n':
                self.pos += 1
            else:
                return

    def inline_table(self):
        self.pos += 1
        table = {}
        frozen = set()
        self.skip_ws()
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            start = self.pos
            path = self.key()
            self.skip_ws()
            if self.peek() != '=':
                raise self.error("Expected '=' after a key in a key/value "
                                 "pair")
            self.pos += 1
            self.skip_ws()
            value = self.value()
            node = table
            for i, part in enumerate(path[:-1]):
                if path[:i + 1] in frozen:
                    raise self.error('Cannot mutate immutable namespace %r'
                                     % (path[:i + 1],), start)
                node = node.setdefault(part, {})
                if not isinstance(node, dict):
                    raise self.error('Cannot overwrite a value', start)
            if path[-1] in node:
                raise self.error('Cannot overwrite a value', start)
            node[path[-1]] = value
            if isinstance(value, (dict, list)):
                frozen.add(path)
            self.skip_ws()
            c = self.peek()
            if c == '}':
                self.pos += 1
                return table
            if c != ',':
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_ws()

    def escape(self, multiline):
        src = self.src
        esc = src[self.pos:self.pos + 2]
        if multiline and esc[1:] in ('\n', ' ', '\t'):
            j = self.pos + 1
            while j < len(src) and src[j] in ' \t':
                j += 1
            if j < len(src) and src[j] != '\n':
                raise self.error("Unescaped '\\' in a string")
            while j < len(src) and src[j] in ' \t\n':
                j += 1
            self.pos = j
            return ''
        if esc in _ESCAPES:
            self.pos += 2
            return _ESCAPES[esc]
        for prefix, width in (('\\u', 4), ('\\U', 8), ('\\x', 2)):
            if esc == prefix:
                digits = src[self.pos + 2:self.pos + 2 + width]
                if len(digits) != width or not all(
                        d in string.hexdigits for d in digits):
                    raise self.error('Invalid hex value')
                cp = int(digits, 16)
                if 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
                    raise self.error('Escaped character is not a Unicode '
                                     'scalar value')
                self.pos += 2 + width
                return chr(cp)
        raise self.error("Unescaped '\\' in a string")

    def string_chars(self, delim, literal, multiline):
        out = []
        src = self.src
        while True:
            if self.pos >= len(src):
                raise self.error('Unterminated string')
            if src.startswith(delim, self.pos):
                if multiline:
                    extra = 0
                    while extra < 2 and src.startswith(
                            delim[0], self.pos + 3 + extra):
                        extra += 1
                    out.append(delim[0] * extra)
                    self.pos += 3 + extra
                else:
                    self.pos += 1
                return ''.join(out)
            c = src[self.pos]
            if c == '\\' and not literal:
                out.append(self.escape(multiline))
                continue
            if c == '\n' and not multiline:
                raise self.error('Unterminated string')
            if (c < ' ' and c not in '\t\n') or c == '\x7f':
                raise self.error('Illegal character %r' % c)
            out.append(c)
            self.pos += 1

    def basic_string(self):
        self.pos += 1
        return self.string_chars('"', False, False)

    def literal_string(self):
        self.pos += 1
        return self.string_chars("'", True, False)

    def multiline_basic(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        return self.string_chars('"""', False, True)

    def multiline_literal(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        return self.string_chars("'''", True, True)

    def scalar(self):
        start = self.pos
        src = self.src
        end = start
        while end < len(src) and src[end] not in ',]}\n#\t' and \
                not (src[end] == ' ' and not _date_space(src, start, end)):
            end += 1
        token = src[start:end]
        if not token:
            raise self.error('Invalid value')
        value = _number(token, self.parse_float)
        if value is None:
            value = _datetime(token)
        if value is None:
            raise self.error('Invalid value', start)
        self.pos = end
        return value


def _date_space(src, start, end):
    """Whether the space at end separates a date from a time."""
    return (end - start == 10 and src[start + 4:start + 5] == '-' and
            src[end + 1:end + 2].isdigit())


def _number(token, parse_float):
    t = token
    sign = ''
    if t[:1] in '+-':
        sign, t = t[0], t[1:]
    if t in ('inf', 'nan'):
        return parse_float(sign + t)
    if t[:2] in ('0x', '0o', '0b') and not sign:
        base = {'0x': 16, '0o': 8, '0b': 2}[t[:2]]
        digits = t[2:]
        if not digits or digits[0] == '_' or digits[-1] == '_' or \
                '__' in digits:
            return None
        try:
            return int(digits.replace('_', ''), base)
        except ValueError:
            return None
    if not t or not t[0].isdigit() or t[-1] == '_' or '__' in t:
        return None
    for c in t:
        if not (c.isdigit() or c in '_.eE+-'):
            return None
    if '_' in t:
        for i, c in enumerate(t):
            if c == '_' and not (t[i - 1].isdigit() and
                                 t[i + 1:i + 2].isdigit()):
                return None
    if all(c.isdigit() or c == '_' for c in t):
        digits = t.replace('_', '')
        if len(digits) > 1 and digits[0] == '0':
            return None
        return int(sign + digits)
    intpart = t.replace('_', '').split('.')[0].split('e')[0].split('E')[0]
    if len(intpart) > 1 and intpart[0] == '0':
        return None
    if '.' in t:
        whole, _, rest = t.partition('.')
        if not rest[:1].isdigit():
            return None
    if t[-1:] in 'eE+-' or '.e' in t.lower():
        return None
    try:
        float(t.replace('_', ''))
    except ValueError:
        return None
    return parse_float(sign + t.replace('_', ''))


def _two(s, i):
    part = s[i:i + 2]
    return int(part) if len(part) == 2 and part.isdigit() else None


def _time(s):
    """(time fields, rest) of a time at the start of s, or None."""
    if len(s) < 8 or s[2] != ':' or s[5] != ':':
        return None
    h, m, sec = _two(s, 0), _two(s, 3), _two(s, 6)
    if None in (h, m, sec):
        return None
    rest = s[8:]
    micro = 0
    if rest[:1] == '.':
        j = 1
        while j < len(rest) and rest[j].isdigit():
            j += 1
        frac = rest[1:j]
        if not frac:
            return None
        micro = int(frac[:6].ljust(6, '0'))
        rest = rest[j:]
    return (h, m, sec, micro), rest


def _datetime(token):
    try:
        if len(token) >= 10 and token[4] == '-' and token[7] == '-':
            y, mo, d = int(token[:4]), _two(token, 5), _two(token, 8)
            if mo is None or d is None or not token[:4].isdigit():
                return None
            day = date(y, mo, d)
            if len(token) == 10:
                return day
            if token[10] not in 'Tt ':
                return None
            parsed = _time(token[11:])
            if parsed is None:
                return None
            (h, m, sec, micro), rest = parsed
            tz = None
            if rest in ('Z', 'z'):
                tz = timezone.utc
            elif rest:
                if len(rest) != 6 or rest[0] not in '+-' or rest[3] != ':':
                    return None
                oh, om = _two(rest, 1), _two(rest, 4)
                if oh is None or om is None:
                    return None
                delta = timedelta(hours=oh, minutes=om)
                tz = timezone(-delta if rest[0] == '-' else delta)
            return datetime(y, mo, d, h, m, sec, micro, tzinfo=tz)
        parsed = _time(token)
        if parsed is None or parsed[1]:
            return None
        return time(*parsed[0])
    except ValueError:
        return None
