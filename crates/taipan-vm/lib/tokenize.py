"""tokenize: Python source as tokens (Taipan's own module over the
native tokenizer that `taipan -m tokenize` uses: _ast.tokenize_text
returns its output lines, parsed here into TokenInfo tuples)."""

import collections
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo", "open", "TokenError"]

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
_LINE = re.compile(r'^(\d+),(\d+)-(\d+),(\d+):\s+(\w+)\s+(.*?)\s*$')


class TokenInfo(collections.namedtuple('TokenInfo',
                                       'type string start end line')):
    """A token: type, string, (row, col) start and end, physical line."""

    def __repr__(self):
        annotated_type = f'{self.type} ({tok_name[self.type]})'
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        """The OP token's specific type (e.g. LPAR)."""
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    """The source cannot be tokenized."""


def _tokens(text, encoding):
    import _ast
    result = _ast.tokenize_text(text)
    if isinstance(result, tuple):
        _, line, col, msg = result
        raise TokenError(msg, (line, col))
    lines = text.splitlines(keepends=True)
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    for entry in result.splitlines():
        m = _LINE.match(entry)
        if m is None:
            continue
        srow, scol, erow, ecol = map(int, m.group(1, 2, 3, 4))
        kind = _token.__dict__[m.group(5)]
        string = eval(m.group(6), {'__builtins__': {}})
        line = ''.join(lines[srow - 1:erow]) if srow >= 1 else ''
        yield TokenInfo(kind, string, (srow, scol), (erow, ecol), line)


def generate_tokens(readline):
    """The tokens of the str lines readline returns (no ENCODING)."""
    return _tokens(''.join(_read_all(readline, str)), None)


def tokenize(readline):
    """The tokens of the bytes lines readline returns, ENCODING first."""
    encoding, consumed = detect_encoding(readline)
    data = b''.join(consumed) + b''.join(_read_all(readline, bytes))
    if encoding == 'utf-8-sig' and data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    return _tokens(data.decode(encoding), encoding)


def _read_all(readline, kind):
    while True:
        try:
            line = readline()
        except StopIteration:
            return
        if not line:
            return
        if not isinstance(line, kind):
            raise TypeError(f"readline() returned a non-{kind.__name__} "
                            f"object: {type(line).__name__!r}")
        yield line


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """(encoding, the up to two lines read to find it) from a BOM or a
    coding cookie; 'utf-8' by default."""
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration")
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            b''.decode(encoding)
        except LookupError:
            raise SyntaxError("unknown encoding: " + encoding)
        if bom_found:
            if encoding != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(b'\xef\xbb\xbf'):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file in text mode with its detected encoding."""
    import builtins
    import io
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


def untokenize(iterable):
    """Source text from tokens (full TokenInfo tuples keep positions;
    (type, string) pairs are spaced out)."""
    out = []
    prev_row, prev_col = 1, 0
    encoding = None
    compat = False
    for tok in iterable:
        if len(tok) == 2:
            compat = True
        kind, string = tok[0], tok[1]
        if kind == ENCODING:
            encoding = string
            continue
        if kind == ENDMARKER:
            break
        if compat:
            if kind in (NAME, NUMBER):
                string += ' '
            out.append(string)
            continue
        (srow, scol), (erow, ecol) = tok[2], tok[3]
        if srow > prev_row:
            if out and not out[-1].endswith(('\n', '\\\n')) and \
                    kind not in (NEWLINE, NL):
                out.append('\\\n' * (srow - prev_row))
            prev_col = 0
        if scol > prev_col:
            out.append(' ' * (scol - prev_col))
        out.append(string)
        prev_row, prev_col = erow, ecol
        if kind in (NEWLINE, NL):
            prev_row += 1
            prev_col = 0
    text = ''.join(out)
    return text.encode(encoding) if encoding is not None else text
