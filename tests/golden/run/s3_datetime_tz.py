from datetime import date, time, datetime, timedelta, timezone, tzinfo

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
est = timezone(timedelta(hours=-5))
print(repr(utc), str(utc), repr(ist), str(ist), repr(est), str(est), timezone(timedelta(0)) is utc)
print(repr(timezone(timedelta(0), "X")), timezone(timedelta(hours=1, seconds=5)), timezone.min, timezone.max)
print(ist.utcoffset(None), ist.tzname(None), ist.dst(None), est.tzname(None), utc.utcoffset(None))
dt = datetime(2024, 1, 5, 12, 0, tzinfo=ist)
print(dt, repr(dt), dt.utcoffset(), dt.tzname(), dt.dst(), dt.isoformat())
print(dt.astimezone(utc), dt.astimezone(est), dt.astimezone(est).tzname(), dt.astimezone(), dt.timestamp())
print(dt == dt.astimezone(utc), dt - dt.astimezone(est), dt < datetime(2024, 1, 5, 7, tzinfo=utc), datetime(2024, 1, 5) == dt)
print(datetime(2024, 1, 5).replace(tzinfo=utc), datetime(2024, 1, 5, tzinfo=utc).replace(tzinfo=None))
print(time(10, tzinfo=ist), repr(time(10, tzinfo=utc)), time(10, tzinfo=ist).utcoffset(), time(10, tzinfo=est) > time(10, tzinfo=utc))
print(datetime(2024, 1, 5, tzinfo=timezone(timedelta(hours=1, seconds=3, microseconds=5))).isoformat())
print(datetime.fromisoformat("2024-01-05T10:00:00-03:00").tzinfo, datetime.fromisoformat("2024-01-05T10:00:00+00:00").tzinfo)


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


f = Fixed(90, "PLUS")
x = datetime(2024, 6, 1, 12, tzinfo=f)
print(x, x.tzname(), x.utcoffset(), x.astimezone(utc), utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)))
print(x.astimezone(f) is x, datetime(2024, 6, 1, 10, 30, tzinfo=utc).astimezone(f))
for fn in [lambda: datetime(2000, 1, 1) < datetime(2000, 1, 1, tzinfo=utc),
           lambda: datetime(2000, 1, 1) - datetime(2000, 1, 1, tzinfo=utc),
           lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(1, -1), 5),
           lambda: datetime(2000, 1, 1, tzinfo=5), lambda: tzinfo().utcoffset(None),
           lambda: time(1, tzinfo=utc) < time(1)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
