"""Shell-like lexing: split, quote, join and the shlex class."""

import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_WHITESPACE = ' \t\r\n'
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


class shlex:
    """A lexer for shell-like syntax (posix or compatibility mode)."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = _WHITESPACE
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        self._pending = []
        if punctuation_chars:
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push `tok` back onto the token stream."""
        self.pushback.insert(0, tok)

    def get_token(self):
        """The next token (pushed-back ones first), or self.eof."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _next_char(self):
        if self._pending:
            return self._pending.pop()
        c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input."""
        quoted = False
        escaped_from = ' '
        token = ''
        done = False
        while not done:
            c = self._next_char()
            state = self.state
            if state is None:
                break
            if state == ' ':
                done, token, quoted, escaped_from = self._blank(
                    c, token, quoted, escaped_from)
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        token += c
                        self.state = ' '
                        done = True
                    else:
                        self.state = 'a'
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    self.state = c
                else:
                    token += c
            elif state in self.escape:
                if not c:
                    raise ValueError("No escaped character")
                if escaped_from in self.quotes and c != state and c != escaped_from:
                    token += state
                token += c
                self.state = escaped_from
            else:
                done, token, quoted, escaped_from = self._word(
                    c, token, quoted, escaped_from)
        result = token
        if self.posix and not quoted and result == '':
            result = None
        return result

    def _ends(self, token, quoted):
        return bool(token) or (self.posix and quoted)

    def _blank(self, c, token, quoted, escaped_from):
        """Whitespace state: (done, token, quoted, escaped_from)."""
        if not c:
            self.state = None
            return True, token, quoted, escaped_from
        if c in self.whitespace:
            return self._ends(token, quoted), token, quoted, escaped_from
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self.state = c
            return False, token, quoted, 'a'
        elif c in self.wordchars:
            self.state = 'a'
            return False, c, quoted, escaped_from
        elif c in self._punctuation_chars:
            self.state = 'c'
            return False, c, quoted, escaped_from
        elif c in self.quotes:
            if not self.posix:
                token = c
            self.state = c
        elif self.whitespace_split:
            self.state = 'a'
            return False, c, quoted, escaped_from
        else:
            return self._ends(c, quoted), c, quoted, escaped_from
        return False, token, quoted, escaped_from

    def _word(self, c, token, quoted, escaped_from):
        """Word ('a') or punctuation ('c') state."""
        state = self.state
        if not c:
            self.state = None
            return True, token, quoted, escaped_from
        if c in self.whitespace:
            self.state = ' '
            return self._ends(token, quoted), token, quoted, escaped_from
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._ends(token, quoted), token, quoted, escaped_from
            return False, token, quoted, escaped_from
        if state == 'c':
            if c in self._punctuation_chars:
                return False, token + c, quoted, escaped_from
            self._pending.append(c)
            self.state = ' '
            return True, token, quoted, escaped_from
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self.state = c
            return False, token, quoted, 'a'
        elif (c in self.wordchars or c in self.quotes or
              (self.whitespace_split and c not in self._punctuation_chars)):
            return False, token + c, quoted, escaped_from
        else:
            self._pending.append(c)
            self.state = ' '
            return self._ends(token, quoted), token, quoted, escaped_from
        return False, token, quoted, escaped_from

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string `s` as a shell would."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """The shell-escaped string of a list of arguments."""
    return ' '.join(quote(arg) for arg in split_command)


def quote(s):
    """`s` quoted for a POSIX shell."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string object, got {type(s).__name__!r}")
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
