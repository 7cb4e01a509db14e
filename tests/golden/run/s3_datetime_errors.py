from datetime import date, time, datetime, timedelta

for f in [lambda: date(0, 1, 1), lambda: date(2000, 13, 1), lambda: date(2001, 2, 29), lambda: date(2000, 1, 32),
          lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10 ** 6), lambda: time(fold=2),
          lambda: date("2000", 1, 1), lambda: date(2000.0, 1, 1), lambda: date(2000),
          lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: datetime.max + timedelta(microseconds=1),
          lambda: date.fromordinal(0), lambda: datetime(2000, 1, 1).isoformat(timespec="days"),
          lambda: date(2024, 1, 1) == datetime(2024, 1, 1), lambda: date(2000, 2, 29).replace(year=2001)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(date(2000, 2, 29) + timedelta(days=366), datetime(1999, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime(2024, 3, 10, 12) - timedelta(days=70, hours=13), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
