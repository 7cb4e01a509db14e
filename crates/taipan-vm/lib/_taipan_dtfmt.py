"""Formatting and parsing for `datetime`: strftime, strptime, ISO 8601."""

_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
         'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']


def _offset_z(obj, colon):
    off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
    if off is None:
        return ''
    from datetime import _format_offset
    s = _format_offset(off, ':' if colon else '')
    return s


def _tzname(obj):
    name = obj.tzname() if hasattr(obj, 'tzname') else None
    return '' if name is None else name.replace('%', '%%')


def _iso_year_week(y, m, d):
    from datetime import date
    iso = date(y, m, d).isocalendar()
    return iso[0], iso[1], iso[2]


def _week_number(tt, first):
    """%U (first = 6, Sunday) or %W (first = 0, Monday)."""
    yday = tt[7] - 1
    wday = tt[6]
    if first == 6:
        wday = (wday + 1) % 7
    return (yday + 7 - wday) // 7


def _directive(obj, c, tt):
    """The text of strftime directive %c for `obj`, or None if unknown."""
    y, m, d, hh, mm, ss, wday, yday = tt[:8]
    if c == 'Y':
        return '%04d' % y if y >= 1000 or y < 0 else '%04d' % y
    if c == 'y':
        return '%02d' % (y % 100)
    if c == 'C':
        return '%02d' % (y // 100)
    if c == 'm':
        return '%02d' % m
    if c == 'd':
        return '%02d' % d
    if c == 'e':
        return '%2d' % d
    if c == 'H':
        return '%02d' % hh
    if c == 'I':
        return '%02d' % (hh % 12 or 12)
    if c == 'M':
        return '%02d' % mm
    if c == 'S':
        return '%02d' % ss
    if c == 'f':
        return '%06d' % getattr(obj, 'microsecond', 0)
    if c == 'p':
        return 'AM' if hh < 12 else 'PM'
    if c == 'a':
        return _DAYS[wday][:3]
    if c == 'A':
        return _DAYS[wday]
    if c == 'w':
        return str((wday + 1) % 7)
    if c == 'u':
        return str(wday + 1)
    if c in 'bh':
        return _MONTHS[m - 1][:3]
    if c == 'B':
        return _MONTHS[m - 1]
    if c == 'j':
        return '%03d' % yday
    if c == 'U':
        return '%02d' % _week_number(tt, 6)
    if c == 'W':
        return '%02d' % _week_number(tt, 0)
    if c == 'G':
        return '%04d' % _iso_year_week(y, m, d)[0]
    if c == 'V':
        return '%02d' % _iso_year_week(y, m, d)[1]
    if c == 'z':
        return _offset_z(obj, False)
    if c == 'Z':
        return _tzname(obj)
    if c == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday][:3], _MONTHS[m - 1][:3],
                                               d, hh, mm, ss, y)
    if c == 'x':
        return '%02d/%02d/%02d' % (m, d, y % 100)
    if c == 'X':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if c == 'D':
        return '%02d/%02d/%02d' % (m, d, y % 100)
    if c == 'F':
        return '%04d-%02d-%02d' % (y, m, d)
    if c == 'T':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if c == 'R':
        return '%02d:%02d' % (hh, mm)
    if c == 'r':
        return '%02d:%02d:%02d %s' % (hh % 12 or 12, mm, ss, 'AM' if hh < 12 else 'PM')
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == '%':
        return '%'
    if c == 's':
        from datetime import _ymd2ord
        days = _ymd2ord(y, m, d) - _ymd2ord(1970, 1, 1)
        return str(days * 86400 + hh * 3600 + mm * 60 + ss)
    return None


def strftime(obj, fmt, tt):
    """Format `obj` (a date, time or datetime) with the strftime `fmt`."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        if c == ':' and i + 2 < n and fmt[i + 2] == 'z':
            out.append(_offset_z(obj, True))
            i += 3
            continue
        if c == '-' and i + 2 < n:
            text = _directive(obj, fmt[i + 2], tt)
            if text is not None:
                out.append(text.lstrip('0 ') or '0')
                i += 3
                continue
        text = _directive(obj, c, tt)
        out.append(fmt[i:i + 2] if text is None else text)
        i += 2
    return ''.join(out)


def isocalendar_to_ymd(year, week, day):
    """(year, month, day) of an ISO calendar date."""
    from datetime import (_check_date_fields, _iso_week1_monday, _ord2ymd,
                          _ymd2ord)
    if not 1 <= year <= 9999:
        raise ValueError("year must be in 1..9999, not %d" % year)
    if not 0 < week < 53:
        jan1 = (_ymd2ord(year, 1, 1) + 6) % 7
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        if week != 53 or not (jan1 == 3 or (jan1 == 2 and leap)):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _check_date_fields(*_ord2ymd(ordinal))


def _int(s):
    if not s or not s.isdigit() or not s.isascii():
        raise ValueError('bad number')
    return int(s)


def parse_isoformat_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    if len(s) < 7:
        raise ValueError('too short')
    year = _int(s[0:4])
    rest = s[4:]
    dashed = rest[:1] == '-'
    if dashed:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        if len(rest) < 2:
            raise ValueError('bad week')
        week = _int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dashed:
                if rest[:1] != '-':
                    raise ValueError('bad week date')
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError('bad week day')
            day = _int(rest)
        return isocalendar_to_ymd(year, week, day)
    if dashed:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError('bad date')
        return year, _int(rest[:2]), _int(rest[3:])
    if len(rest) != 4:
        raise ValueError('bad date')
    return year, _int(rest[:2]), _int(rest[2:])


def _parse_hms(s):
    """[hour, minute, second, microsecond] of an ISO time without offset."""
    fields = [0, 0, 0, 0]
    frac = ''
    for sep in '.,':
        if sep in s:
            s, frac = s.split(sep, 1)
            if not frac or not frac.isdigit():
                raise ValueError('bad fraction')
            break
    if ':' in s:
        parts = s.split(':')
        if len(parts) > 3 or any(len(p) != 2 for p in parts):
            raise ValueError('bad time')
    else:
        if len(s) % 2 or not 2 <= len(s) <= 6:
            raise ValueError('bad time')
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if frac and len(parts) != 3:
        raise ValueError('bad time')
    for i, p in enumerate(parts):
        fields[i] = _int(p)
    if frac:
        digits = frac[:6].ljust(6, '0')
        fields[3] = int(digits)
    return fields


def parse_isoformat_time(s):
    """([hour, minute, second, microsecond], tzinfo or None)."""
    from datetime import timedelta, timezone
    tz = None
    pos = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            pos = i
            break
    if pos >= 0:
        tzs = s[pos:]
        s = s[:pos]
        if tzs == 'Z':
            tz = timezone.utc
        else:
            if tzs[0] not in '+-':
                raise ValueError('bad offset')
            h, m, sec, us = _parse_hms(tzs[1:])
            off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if tzs[0] == '-':
                off = -off
            tz = timezone(off) if off else timezone.utc
    if not s:
        raise ValueError('empty time')
    return _parse_hms(s), tz


def parse_isoformat_datetime(s):
    """([y, m, d, hh, mm, ss, us], tzinfo) of an ISO datetime string."""
    if len(s) < 7:
        raise ValueError('too short')
    n = _date_length(s)
    y, m, d = parse_isoformat_date(s[:n])
    rest = s[n:]
    if not rest:
        return [y, m, d, 0, 0, 0, 0], None
    if len(rest) < 2:
        raise ValueError('bad separator')
    (hh, mm, ss, us), tz = parse_isoformat_time(rest[1:])
    if hh > 24:
        raise ValueError('hour must be in 0..23, not %d' % hh)
    return [y, m, d, hh, mm, ss, us], tz


def _date_length(s):
    """How many leading characters of `s` form its date part."""
    if s[4:5] == '-':
        if s[5:6] == 'W':
            return 10 if s[8:9] == '-' else 8
        return 10
    if s[4:5] == 'W':
        return 8 if len(s) >= 8 and s[7:8].isdigit() else 7
    return 8


def _strptime_error(string, fmt):
    return ValueError("time data %r does not match format %r" % (string, fmt))


def _take_int(s, i, most, least=1):
    j = i
    while j < len(s) and j - i < most and s[j].isdigit() and s[j].isascii():
        j += 1
    if j - i < least:
        return None, i
    return int(s[i:j]), j


def _take_name(s, i, names):
    low = s[i:].lower()
    best = None
    for index, name in enumerate(names):
        if low.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
            best = index
    if best is None:
        return None, i
    return best, i + len(names[best])


def _take_offset(s, i):
    from datetime import timedelta, timezone
    if s[i:i + 1] == 'Z':
        return timezone.utc, i + 1
    if s[i:i + 1] not in ('+', '-'):
        return None, -1
    sign = -1 if s[i] == '-' else 1
    j = i + 1
    hh, j = _take_int(s, j, 2, 2)
    if hh is None:
        return None, -1
    colon = s[j:j + 1] == ':'
    if colon:
        j += 1
    mm, j = _take_int(s, j, 2, 2)
    if mm is None:
        return None, -1
    secs = 0
    us = 0
    if s[j:j + 1] == ':' if colon else s[j:j + 2].isdigit():
        if colon:
            j += 1
        secs, j = _take_int(s, j, 2, 2)
        if secs is None:
            return None, -1
        if s[j:j + 1] == '.':
            us_text_start = j + 1
            us, j = _take_int(s, us_text_start, 6, 1)
            if us is None:
                return None, -1
            us *= 10 ** (6 - (j - us_text_start))
    off = sign * timedelta(hours=hh, minutes=mm, seconds=secs, microseconds=us)
    return timezone(off) if off else timezone.utc, j


_NUMERIC = {'d': (1, 2, 1, 31, 'day'), 'm': (1, 2, 1, 12, 'month'),
            'Y': (4, 4, 0, 9999, 'year'), 'y': (2, 2, 0, 99, 'year2'),
            'H': (1, 2, 0, 23, 'hour'), 'I': (1, 2, 1, 12, 'hour12'),
            'M': (1, 2, 0, 59, 'minute'), 'S': (1, 2, 0, 61, 'second'),
            'j': (1, 3, 1, 366, 'yday'), 'f': (1, 6, 0, 999999, 'fraction'),
            'U': (1, 2, 0, 53, 'weekU'), 'W': (1, 2, 0, 53, 'weekW'),
            'w': (1, 1, 0, 6, 'weekday_sun'), 'u': (1, 1, 1, 7, 'weekday_mon')}


def _take_ranged(s, i, least, most, low, high):
    """The longest run of least..most digits at s[i:] whose value is in range."""
    j = i
    while j < len(s) and j - i < most and s[j].isdigit() and s[j].isascii():
        j += 1
    while j - i >= least:
        value = int(s[i:j])
        if low <= value <= high:
            return value, j
        j -= 1
    return None, i


def _match_directive(string, i, c, found):
    """Parse directive %c at string[i:]; the new index or -1."""
    if c in _NUMERIC:
        least, most, low, high, key = _NUMERIC[c]
        value, j = _take_ranged(string, i, least, most, low, high)
        if value is None:
            return -1
        if key == 'fraction':
            value *= 10 ** (6 - (j - i))
        found[key] = value
        return j
    if c in 'aA':
        names = _DAYS if c == 'A' else [d[:3] for d in _DAYS]
        value, j = _take_name(string, i, names + [d[:3] for d in _DAYS])
        if value is None:
            return -1
        found['weekday'] = value % 7
        return j
    if c in 'bBh':
        names = _MONTHS + [m[:3] for m in _MONTHS]
        value, j = _take_name(string, i, names)
        if value is None:
            return -1
        found['month'] = value % 12 + 1
        return j
    if c == 'p':
        value, j = _take_name(string, i, ['AM', 'PM'])
        if value is None:
            return -1
        found['ampm'] = value
        return j
    if c == 'z':
        tz, j = _take_offset(string, i)
        if j < 0:
            return -1
        found['tz'] = tz
        return j
    if c == 'Z':
        for name in ('UTC', 'GMT'):
            if string[i:i + 3].upper() == name:
                return i + 3
        return -1
    if c == '%':
        return i + 1 if string[i:i + 1] == '%' else -1
    return -1


def _expand(fmt):
    """`fmt` with the composite directives (%c, %x, %X, %T, %D, %F, %R) expanded."""
    parts = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
             'T': '%H:%M:%S', 'D': '%m/%d/%y', 'F': '%Y-%m-%d', 'R': '%H:%M'}
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == '%' and i + 1 < len(fmt) and fmt[i + 1] in parts:
            out.append(parts[fmt[i + 1]])
            i += 2
        elif fmt[i] == '%' and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return ''.join(out)


def _scan(string, fmt, original):
    """The fields found by matching `string` against `fmt`."""
    found = {}
    i = 0
    k = 0
    while k < len(fmt):
        c = fmt[k]
        if c == '%':
            if k + 1 >= len(fmt):
                raise ValueError("stray %% in format %r" % original)
            d = fmt[k + 1]
            if d not in _NUMERIC and d not in 'aAbBhpzZ%':
                raise ValueError("%r is a bad directive in format %r"
                                 % (d, '%' + d))
            i = _match_directive(string, i, d, found)
            if i < 0:
                raise _strptime_error(string, original)
            k += 2
        elif c.isspace():
            while k < len(fmt) and fmt[k].isspace():
                k += 1
            j = i
            while j < len(string) and string[j].isspace():
                j += 1
            if j == i:
                raise _strptime_error(string, original)
            i = j
        else:
            if string[i:i + 1].lower() != c.lower():
                raise _strptime_error(string, original)
            i += 1
            k += 1
    if i < len(string):
        raise ValueError("unconverted data remains: %s" % string[i:])
    return found


def strptime_fields(string, fmt):
    """[year, month, day, hour, minute, second, microsecond, tzinfo]."""
    for name, value in (('strptime() argument 1', string),
                        ('strptime() argument 2', fmt)):
        if not isinstance(value, str):
            raise TypeError("%s must be str, not %s"
                            % (name, type(value).__name__))
    found = _scan(string, _expand(fmt), fmt)
    year = found.get('year')
    if year is None:
        year2 = found.get('year2')
        year = 1900 if year2 is None else (year2 + 2000 if year2 < 69 else year2 + 1900)
    hour = found.get('hour', 0)
    if 'hour12' in found:
        hour = found['hour12'] % 12
        if found.get('ampm') == 1:
            hour += 12
    month = found.get('month', 1)
    day = found.get('day', 1)
    if 'yday' in found and 'month' not in found and 'day' not in found:
        from datetime import date, timedelta
        d = date(year, 1, 1) + timedelta(days=found['yday'] - 1)
        year, month, day = d.year, d.month, d.day
    from datetime import _check_date_fields
    _check_date_fields(year, month, day)
    return [year, month, day, hour, found.get('minute', 0),
            found.get('second', 0), found.get('fraction', 0), found.get('tz')]
