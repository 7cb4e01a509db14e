"""Extract, format and print exceptions and stack traces.

Taipan's own implementation. The text of an exception (frames with their
carets, chained causes and contexts, exception groups, notes) comes from
the VM's printer through `_taipan_traceback`, so it is exactly what an
uncaught exception prints; frames and summaries are built here.
"""

import sys
import _taipan_traceback as _native

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_sentinel = object()


def _file(file):
    return sys.stderr if file is None else file


def _write(lines, file):
    file = _file(file)
    for line in lines:
        print(line, file=file, end="")


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _default_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


# -- printing and formatting exceptions -----------------------------------

def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True, **kwargs):
    """Print an exception and its traceback to `file` (sys.stderr)."""
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True, **kwargs):
    """The lines print_exception prints, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _native.format_exception(value, tb, chain, _default_limit(limit))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False,
                          **kwargs):
    """The exception's last line(s) (and notes), as a list of strings."""
    if value is _sentinel:
        value = exc
    return list(TracebackException(type(value), value, None,
                                   compact=True).format_exception_only(
                                       show_group=show_group))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc prints, as a string."""
    return "".join(format_exception(sys.exception(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


# -- tracebacks and stacks ------------------------------------------------

def walk_tb(tb):
    """Each (frame, line number) of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Each (frame, line number) from `f` (the caller by default) out."""
    if f is None:
        f = sys._getframe(1)
    return iter(_stack_frames(f))


def _stack_frames(f):
    frames = []
    while f is not None:
        frames.append((f, f.f_lineno))
        f = f.f_back
    return frames


def _tb_positions(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame, tb.tb_lasti))
        tb = tb.tb_next
    return out




def extract_tb(tb, limit=None):
    """A StackSummary of the frames of a traceback."""
    return StackSummary._extract_from_positions(_tb_positions(tb),
                                                limit=limit)


def format_tb(tb, limit=None):
    """The lines print_tb prints, as a list of strings."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the frames of a traceback."""
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """A StackSummary of the running frames (oldest first)."""
    if f is None:
        f = sys._getframe(1)
    # Frames of a stack show their line without carets, as CPython's.
    stack = StackSummary.extract(_stack_frames(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """The lines print_stack prints, as a list of strings."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the running frames (oldest first)."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or 4-tuples."""
    _write(format_list(extracted_list), file)


def clear_frames(tb):
    """Clear the locals of a traceback's frames (nothing to do here)."""
    while tb is not None:
        tb = tb.tb_next


# -- summaries ------------------------------------------------------------

class FrameSummary:
    """One frame of a stack or traceback: file, line, function name."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', '_code', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None, **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._code = kwargs.get('_code')
        self._lines = line
        if lookup_line:
            self.line
        self.locals = ({k: _safe_repr(v) for k, v in locals.items()}
                       if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name,
                    self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_lines(self):
        if self._lines is None:
            if self.lineno is None:
                return None
            lines = []
            last = self.lineno if self.end_lineno is None else self.end_lineno
            for n in range(self.lineno, last + 1):
                lines.append(_native.getline(self.filename, n).rstrip('\n'))
            self._lines = "\n".join(lines) + "\n"
        return self._lines

    @property
    def line(self):
        lines = self._original_lines
        if lines is None:
            return None
        return lines.partition("\n")[0].strip()


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return f'<{type(value).__name__} instance>'


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarise (frame, line number) pairs, such as walk_tb gives."""
        pairs = [(f, None, lineno) for f, lineno in frame_gen]
        return klass._extract(pairs, limit, lookup_lines, capture_locals)

    @classmethod
    def _extract_from_positions(klass, frames, limit=None):
        pairs = [(f, lasti, None) for f, lasti in frames]
        return klass._extract(pairs, limit, True, False)

    @classmethod
    def _extract(klass, pairs, limit, lookup_lines, capture_locals):
        limit = _default_limit(limit)
        if limit is not None:
            if limit >= 0:
                pairs = pairs[:limit]
            else:
                pairs = pairs[limit:]
        result = klass()
        for f, lasti, lineno in pairs:
            code = f.f_code
            if lasti is not None:
                line, end_line, col, end_col = _native.position(code, lasti)
                if line is None:
                    line = f.f_lineno
            else:
                line, end_line, col, end_col = lineno, lineno, None, None
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                code.co_filename, line, code.co_name, lookup_line=False,
                locals=f_locals, end_lineno=end_line, colno=col,
                end_colno=end_col, _code=code))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        """The text of one frame: File line, source line, carets."""
        fs = frame_summary
        if fs._code is not None:
            row = _native.format_frame(fs.filename, fs.lineno, fs.end_lineno,
                                       fs.colno, fs.end_colno, fs.name)
        else:
            row = '  File "{}", line {}, in {}\n'.format(
                fs.filename, fs.lineno, fs.name)
            line = fs.line
            if line:
                row += '    {}\n'.format(line)
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self, **kwargs):
        """The text of each frame, with CPython's repeat cut-off."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or
                    last_line is None or last_line != fs.lineno or
                    last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, save_exc_type=True,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = StackSummary._extract_from_positions(
            _tb_positions(exc_traceback), limit=limit)
        if capture_locals:
            for fs, (f, _) in zip(self.stack, _tb_positions(exc_traceback)):
                fs.locals = {k: _safe_repr(v) for k, v in f.f_locals.items()}
        self._exc_type = exc_type if save_exc_type else None
        if exc_type is None:
            self.exc_type_str = None
        else:
            qual = exc_type.__qualname__
            mod = exc_type.__module__
            if mod not in ("__main__", "builtins"):
                qual = mod + "." + qual
            self.exc_type_str = qual
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        kw = dict(limit=limit, lookup_lines=lookup_lines,
                  capture_locals=capture_locals, compact=compact,
                  max_group_width=max_group_width,
                  max_group_depth=max_group_depth, _seen=_seen)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **kw)
            context = exc_value.__context__
            need_context = not (compact and (self.__cause__ is not None or
                                             self.__suppress_context__))
            if (context is not None and id(context) not in _seen and
                    need_context):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, **kw)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, **kw)
                for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        return self._exc_type

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """The exception's last line(s) and notes."""
        indent = 3 * _depth * ' '
        for line in _native.format_exception_only(self._exc):
            yield indent + line if _depth else line
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group,
                                                    _depth=_depth + 1)

    def format(self, *, chain=True, **kwargs):
        """The lines of the whole report, chain included."""
        yield from _native.format_exception(self._exc, self._tb, chain,
                                            _default_limit(self._limit))

    def print(self, *, file=None, chain=True, **kwargs):
        """Print the report to `file` (sys.stderr)."""
        _write(self.format(chain=chain), file)

    def stack_lines(self):
        return self.stack.format()


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'
