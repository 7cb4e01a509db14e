"""Text wrapping and filling: wrap, fill, shorten, dedent, indent."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _letter(c):
    """A word character that is not a digit (regex `[^\\d\\W]`)."""
    return c.isalpha() or c == '_'


def _word(c):
    return c.isalnum() or c == '_'


def _word_punct(c):
    return _word(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, i):
    """True if an em-dash (two or more '-') at `i` is followed by a word char."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _word(text[j])


def _hyphen_break(text, e):
    """True if the word may break after the hyphen at `e`."""
    n = len(text)
    before = ((e >= 2 and _letter(text[e - 2]) and _letter(text[e - 1]))
              or (e >= 3 and _letter(text[e - 3]) and text[e - 2] == '-'
                  and _letter(text[e - 1])))
    if not before or e + 2 >= n or not _letter(text[e + 1]):
        return False
    if _letter(text[e + 2]):
        return True
    return text[e + 2] == '-' and e + 3 < n and _letter(text[e + 3])


def _word_end(text, p):
    """Where the word chunk starting at `p` ends (hyphen-aware)."""
    n = len(text)
    e = p + 1
    while True:
        if e >= n or text[e] in _WS:
            return e
        if text[e] == '-' and _hyphen_break(text, e):
            return e + 1
        if _word_punct(text[e - 1]) and _dash_run_then_word(text, e):
            return e
        e += 1


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _WS:
            q = p + 1
            while q < n and text[q] in _WS:
                q += 1
        elif c == '-' and p > 0 and _word_punct(text[p - 1]) \
                and _dash_run_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
        else:
            q = _word_end(text, p)
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        space = text[p] in _WS
        q = p + 1
        while q < n and (text[q] in _WS) == space:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _sentence_end(chunk):
    """True if `chunk` ends a sentence: a lowercase letter, then .!? and maybe a quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wrap paragraphs of text to a given width."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._line_fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._add_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _line_fits(self, lines, chunks, cur_len, width):
        """True if the line can be added without the max_lines placeholder."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_empty = (not chunks or self.drop_whitespace and len(chunks) == 1
                      and not chunks[0].strip())
        return rest_empty and cur_len <= width

    def _add_placeholder(self, lines, cur_line, cur_len, width, indent):
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The lines of `text` wrapped to `width`, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped to `width`, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most `width` chars."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a single string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of `text` and truncate it to `width`."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the common leading whitespace of every line of `text`."""
    if not isinstance(text, str):
        raise TypeError(f'expected str object, not {type(text).__qualname__!r}')
    lines = text.split('\n')
    non_blank = [line for line in lines if line and not line.isspace()]
    first = min(non_blank, default='')
    last = max(non_blank, default='')
    margin = 0
    while (margin < len(first) and margin < len(last)
           and first[margin] == last[margin] and first[margin] in ' \t'):
        margin += 1
    return '\n'.join([line[margin:] if not line.isspace() else ''
                      for line in lines])


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` selected by `predicate`."""
    prefixed = []
    if predicate is None:
        for line in text.splitlines(True):
            if not line.isspace():
                prefixed.append(prefix)
            prefixed.append(line)
        return ''.join(prefixed)
    for line in text.splitlines(True):
        if predicate(line):
            prefixed.append(prefix)
        prefixed.append(line)
    return ''.join(prefixed)
