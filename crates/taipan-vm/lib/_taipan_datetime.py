"""The datetime and timezone classes of `datetime` (split out for size)."""

import time as _time

from datetime import (date, time, timedelta, tzinfo, _check_date_fields,
                      _check_time_fields, _check_tzinfo_arg, _check_utc_offset,
                      _cmp, _type_label, _format_offset, _format_time,
                      _ymd2ord, _ord2ymd, _utc_fields, _build_struct_time,
                      _tz_offset, _tz_name,
                      _index, _MAXORDINAL, _DAYNAMES, _MONTHNAMES)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __module__ = 'datetime'
    __taipan_tp_name__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None and not utc:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """The datetime of a POSIX timestamp (local time is UTC)."""
        _check_tzinfo_arg(tz)
        if tz is None:
            return cls._fromtimestamp(timestamp, True, None)
        return cls._fromtimestamp(timestamp, False, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current datetime (local time is UTC)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current naive UTC datetime."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        from _taipan_dtfmt import parse_isoformat_datetime
        try:
            fields, tz = parse_isoformat_datetime(date_string)
        except ValueError as e:
            if e.args and e.args[0].startswith('hour must'):
                raise
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        extra = 0
        if fields[3] == 24:
            if any(fields[4:7]):
                raise ValueError("minute, second, and microsecond must be 0 "
                                 "when hour is 24")
            fields[3] = 0
            extra = 1
        result = cls(*fields, tzinfo=tz)
        if extra:
            result += timedelta(days=1)
        return result

    @classmethod
    def strptime(cls, date_string, format):
        """Parse `date_string` with a strptime format."""
        from _taipan_dtfmt import strptime_fields
        fields = strptime_fields(date_string, format)
        return cls(*fields[:7], tzinfo=fields[7])

    def timetuple(self):
        """A time.struct_time-like tuple of the local time."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, dst)

    def _to_us(self):
        days = _ymd2ord(self._year, self._month, self._day) - _EPOCH_ORD
        secs = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return secs * 1000000 + self._microsecond

    def timestamp(self):
        """The POSIX timestamp (a naive datetime is taken as UTC)."""
        offset = self.utcoffset()
        us = self._to_us()
        if offset is not None:
            us -= offset._to_us()
        return us / 10 ** 6

    def utctimetuple(self):
        """The struct_time of the UTC time."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, 0)

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond,
                    fold=self.fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields replaced."""
        values = [self._year if year is None else year,
                  self._month if month is None else month,
                  self._day if day is None else day,
                  self._hour if hour is None else hour,
                  self._minute if minute is None else minute,
                  self._second if second is None else second,
                  self._microsecond if microsecond is None else microsecond]
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(*values, tzinfo, fold=fold)

    __replace__ = replace

    def astimezone(self, tz=None):
        """The same instant in time zone `tz` (default UTC, the local zone)."""
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                offset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """'Www Mmm dd hh:mm:ss yyyy'."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour,
                  self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_label(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, format):
        """Format with strftime directives."""
        from _taipan_dtfmt import strftime
        return strftime(self, format, self.timetuple())

    def utcoffset(self):
        """The offset from UTC of the tzinfo (None if naive)."""
        return _tz_offset(self._tzinfo, "utcoffset", self)

    def tzname(self):
        """The name of the tzinfo (None if naive)."""
        return _tz_name(self._tzinfo, self)

    def dst(self):
        """The DST adjustment of the tzinfo (None if naive)."""
        return _tz_offset(self._tzinfo, "dst", self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) > 0
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._to_us() + other._to_us()
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        ordinal = days + _EPOCH_ORD
        if not 0 < ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self).combine(date(*_ord2ymd(ordinal)),
                                  time(hh, mm, ss, us, tzinfo=self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(self._to_us() - other._to_us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._key())
            else:
                self._hashcode = hash((t - tzoff)._key())
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, self._key() + (self._tzinfo,))


_date_class = date
_time_class = time
_EPOCH_ORD = _ymd2ord(1970, 1, 1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __module__ = 'datetime'
    __taipan_tp_name__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r" % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s(%r)" % (_type_label(self), self._offset)
        return "%s(%r, %r)" % (_type_label(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance"
                        " or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance"
                        " or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance"
                        " or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance"
                        " or None")

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
