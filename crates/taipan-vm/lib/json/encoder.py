"""JSONEncoder: Python values to JSON text."""

_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
          '\b': '\\b', '\f': '\\f'}

INFINITY = float('inf')


def _plain(s, ascii_only):
    """Whether ``s`` needs no escaping at all."""
    if ascii_only and not s.isascii():
        return False
    if '"' in s or '\\' in s:
        return False
    for ch in s:
        if ch < ' ':
            return False
    return True


def py_encode_basestring(s):
    """A JSON string literal for ``s``, non-ASCII characters kept."""
    if _plain(s, False):
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        short = _SHORT.get(ch)
        if short is not None:
            out.append(short)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """A JSON string literal for ``s`` using only ASCII characters."""
    if _plain(s, True):
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        short = _SHORT.get(ch)
        if short is not None:
            out.append(short)
            continue
        n = ord(ch)
        if n < 0x20 or n > 0x7e:
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to serialise other objects (or raise TypeError)."""
        raise TypeError(f'Object of type {type(o).__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of ``o``."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode ``o``, returning the chunks of its JSON text."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        state = _State(self, indent)
        chunks = []
        state.value(o, chunks, 0)
        return chunks


class _State:
    """One encoding run: the options and the containers being encoded."""

    def __init__(self, enc, indent):
        self.enc = enc
        self.indent = indent
        self.markers = {} if enc.check_circular else None
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: "
                             + repr(o))
        return text

    def value(self, o, out, level):
        if isinstance(o, str):
            out.append(self.quote(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(int(o)))
        elif isinstance(o, float):
            out.append(self.float_text(float(o)))
        elif isinstance(o, (list, tuple)):
            self.array(o, out, level)
        elif isinstance(o, dict):
            self.obj(o, out, level)
        else:
            self.enter(o)
            converted = self.enc.default(o)
            try:
                self.value(converted, out, level)
            except BaseException as e:
                _note(e, f'when serializing {type(o).__name__} object')
                raise
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, seq, out, level):
        if not seq:
            out.append('[]')
            return
        self.enter(seq)
        if self.indent is None:
            sep = self.item_sep
            out.append('[')
        else:
            level += 1
            sep = self.item_sep + self.newline(level)
            out.append('[' + self.newline(level))
        first = True
        i = 0
        for item in seq:
            if not first:
                out.append(sep)
            first = False
            try:
                self.value(item, out, level)
            except BaseException as e:
                _note(e, f'when serializing {type(seq).__name__} item {i}')
                raise
            i += 1
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append(']')
        self.leave(seq)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(int(key))
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {type(key).__name__}')

    def obj(self, dct, out, level):
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        if self.indent is None:
            sep = self.item_sep
            out.append('{')
        else:
            level += 1
            sep = self.item_sep + self.newline(level)
            out.append('{' + self.newline(level))
        items = dct.items()
        if self.enc.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self.quote(text))
            out.append(self.key_sep)
            try:
                self.value(value, out, level)
            except BaseException as e:
                _note(e, f'when serializing {type(dct).__name__} item {key!r}')
                raise
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append('}')
        self.leave(dct)


def _note(exc, text):
    try:
        exc.add_note(text)
    except Exception:
        pass
