"""JSONDecoder: JSON text to Python values."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """A ValueError with the document, position, line and column."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _NoValue(Exception):
    """No JSON value starts at the position (becomes "Expecting value")."""

    def __init__(self, pos):
        Exception.__init__(self)
        self.pos = pos


class _Scanner:
    """One parse of a document with the decoder's hooks."""

    def __init__(self, dec, s):
        self.s = s
        self.n = len(s)
        self.dec = dec
        self.strict = dec.strict
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant
        self.object_hook = dec.object_hook
        self.pairs_hook = dec.object_pairs_hook
        self.memo = {}

    def err(self, msg, pos):
        return JSONDecodeError(msg, self.s, pos)

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                is_float = True
                i = j
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, i):
        s = self.s
        n = self.n
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\':
                    break
                if c < ' ' and self.strict:
                    raise self.err("Invalid control character at", j)
                j += 1
            if j >= n:
                raise self.err("Unterminated string starting at", begin)
            if j > i:
                chunks.append(s[i:j])
            if s[j] == '"':
                return ''.join(chunks), j + 1
            # A backslash escape.
            if j + 1 >= n:
                raise self.err("Unterminated string starting at", begin)
            esc = s[j + 1]
            if esc != 'u':
                ch = _ESCAPES.get(esc)
                if ch is None:
                    raise self.err("Invalid \\escape", j)
                chunks.append(ch)
                i = j + 2
                continue
            code = self.hex4(j + 2, j)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low = self.hex4(i + 2, i)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(code))

    def hex4(self, i, backslash):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or any(d not in _HEX for d in digits) :
            raise self.err("Invalid \\uXXXX escape", backslash + 1)
        return int(digits, 16)

    def obj(self, i):
        s = self.s
        pairs = []
        i = _skip(s, i)
        if i < self.n and s[i] == '}':
            return self.finish_obj(pairs), i + 1
        while True:
            if i >= self.n or s[i] != '"':
                raise self.err("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            key = self.memo.setdefault(key, key)
            i = _skip(s, i)
            if i >= self.n or s[i] != ':':
                raise self.err("Expecting ':' delimiter", i)
            i = _skip(s, i + 1)
            try:
                value, i = self.value(i)
            except _NoValue as e:
                raise self.err("Expecting value", e.pos) from None
            pairs.append((key, value))
            i = _skip(s, i)
            if i < self.n and s[i] == '}':
                return self.finish_obj(pairs), i + 1
            if i >= self.n or s[i] != ',':
                raise self.err("Expecting ',' delimiter", i)
            comma = i
            i = _skip(s, i + 1)
            if i < self.n and s[i] == '}':
                raise self.err("Illegal trailing comma before end of object", comma)

    def finish_obj(self, pairs):
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = _skip(s, i)
        if i < self.n and s[i] == ']':
            return items, i + 1
        while True:
            try:
                value, i = self.value(i)
            except _NoValue as e:
                raise self.err("Expecting value", e.pos) from None
            items.append(value)
            i = _skip(s, i)
            if i < self.n and s[i] == ']':
                return items, i + 1
            if i >= self.n or s[i] != ',':
                raise self.err("Expecting ',' delimiter", i)
            comma = i
            i = _skip(s, i + 1)
            if i < self.n and s[i] == ']':
                raise self.err("Illegal trailing comma before end of array", comma)


class JSONDecoder:
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python value of the JSON document ``s``."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value at the start of ``s[idx:]``: (value, end)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", s, e.pos) from None
