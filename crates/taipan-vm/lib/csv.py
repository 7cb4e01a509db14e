"""CSV reading and writing: reader, writer, DictReader, DictWriter, dialects.

The reader is a character state machine following CPython's `_csv`.
Not supported: Sniffer.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL", "Error", "Dialect", "excel",
           "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, \
    QUOTE_NOTNULL = range(6)

_field_limit = 128 * 1024


class Error(Exception):
    """A CSV parsing or writing error."""


Error.__module__ = '_csv'


def field_size_limit(*args):
    """The maximum field size; with an argument, set it (returning the old)."""
    global _field_limit
    old = _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d"
                        % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str) or len(value) != 1:
        if isinstance(value, str):
            raise TypeError('"%s" must be a unicode character%s, not a string of length %d'
                            % (name, ' or None' if allow_none else '', len(value)))
        raise TypeError('"%s" must be a unicode character%s, not %s'
                        % (name, ' or None' if allow_none else '', type(value).__name__))
    return value


class _Dialect:
    """The validated formatting parameters of a reader or writer."""

    def __init__(self, dialect=None, **kwargs):
        base = dialect
        if isinstance(base, str):
            base = get_dialect(base)

        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            if base is not None and hasattr(base, name):
                return getattr(base, name)
            return default
        self.delimiter = _char("delimiter", get('delimiter', ','), False)
        self.quotechar = _char("quotechar", get('quotechar', '"'), True)
        self.escapechar = _char("escapechar", get('escapechar', None), True)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.lineterminator = get('lineterminator', '\r\n')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string, not %s'
                            % type(self.lineterminator).__name__)
        self.quoting = get('quoting', QUOTE_MINIMAL)
        if self.quoting not in range(6):
            raise TypeError('bad "quoting" value')
        self.strict = bool(get('strict', False))
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if self.delimiter == ' ' and self.skipinitialspace:
            raise ValueError('bad delimiter or quotechar value')
        if self.delimiter in ('\n', '\r'):
            raise ValueError('bad delimiter value')


class Dialect:
    """Describe a CSV dialect (subclass and set the attributes)."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Excel's comma-separated format."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated format."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Unix style: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    """Register a dialect under `name`."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _Dialect(dialect, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered as `name`."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, \
    _AFTER_ESCAPED_CRNL = range(9)
_EOL = None


class _Reader:
    """Iterate over the records of CSV lines."""

    def __init__(self, iterable, dialect='excel', **fmtparams):
        self._input = iter(iterable)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._quoted = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        quoting = self.dialect.quoting
        value = field
        if not self._quoted:
            if quoting == QUOTE_NONNUMERIC or (quoting == QUOTE_STRINGS and field):
                value = float(field)
            elif quoting in (QUOTE_NOTNULL, QUOTE_STRINGS) and not field:
                value = None
        self._quoted = False
        self._fields.append(value)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._quoted = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                if self._fields:
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _end_field(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in '\n\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in '\n\r':
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not _EOL and c in '\n\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            self._in_field(c, d)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            self._after_quote(c, d)
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in '\n\r':
                raise Error("new-line character seen in unquoted field - do you "
                            "need to open the file with newline=''?")

    def _in_field(self, c, d):
        if c is _EOL or c in '\n\r':
            self._end_field(c)
        elif c == d.escapechar:
            self._state = _ESCAPED_CHAR
        elif c == d.delimiter:
            self._save_field()
            self._state = _START_FIELD
        else:
            self._add_char(c)
            self._state = _IN_FIELD

    def _after_quote(self, c, d):
        if d.quoting != QUOTE_NONE and c == d.quotechar:
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif c == d.delimiter:
            self._save_field()
            self._state = _START_FIELD
        elif c is _EOL or c in '\n\r':
            self._end_field(c)
        elif not d.strict:
            self._add_char(c)
            self._state = _IN_FIELD
        else:
            raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows (lists of strings) of `csvfile`'s lines."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """Write rows as CSV lines to a file-like object."""

    def __init__(self, fileobj, dialect='excel', **fmtparams):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Dialect(dialect, **fmtparams)

    def _field_text(self, field, only):
        d = self.dialect
        quoting = d.quoting
        if field is None:
            if quoting == QUOTE_NONE and only:
                raise Error("single empty field record must be quoted")
            if quoting in (QUOTE_ALL, QUOTE_NONNUMERIC):
                return d.quotechar * 2
            return '""' if only and quoting != QUOTE_NONE else ''
        if quoting == QUOTE_ALL or quoting == QUOTE_NOTNULL:
            quoted = True
        elif quoting == QUOTE_NONNUMERIC:
            quoted = not isinstance(field, (int, float, complex))
        elif quoting == QUOTE_STRINGS:
            quoted = isinstance(field, str)
        else:
            quoted = False
        text = field if isinstance(field, str) else str(field)
        specials = d.delimiter + (d.quotechar or '') + (d.escapechar or '') + d.lineterminator + '\n\r'
        out = []
        for ch in text:
            want_escape = False
            if ch in specials:
                if quoting == QUOTE_NONE:
                    want_escape = True
                elif ch == d.quotechar:
                    if d.doublequote:
                        out.append(ch)
                    else:
                        want_escape = True
                elif ch == d.escapechar:
                    want_escape = True
                if not want_escape:
                    quoted = True
            if want_escape:
                if not d.escapechar:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar)
            out.append(ch)
        result = ''.join(out)
        if not text and only and quoting != QUOTE_NONE:
            quoted = True
        if not text and only and quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        if quoted:
            result = d.quotechar + result + d.quotechar
        return result

    def writerow(self, row):
        """Write one row (an iterable of fields); the write() result."""
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._field_text(f, only) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        """Write each row of `rows`."""
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer producing CSV lines on `csvfile`."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Read rows as dicts keyed by the first row (or `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as rows, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
