from datetime import date, datetime, time, timedelta, timezone

start = date(2023, 12, 25)
days = [start + timedelta(days=i * 17) for i in range(8)]
print([str(d) for d in days])
print([d.strftime("%a %j %U %W") for d in days])
print([d.isocalendar() for d in days[:3]])
print(sorted(days, reverse=True)[:2], min(days), max(days), days[3] - days[1], (days[7] - days[0]).days)
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}), date(2024, 1, 1) in {date(2024, 1, 1): 1})
dt = datetime(2024, 2, 28, 23, 30)
for delta in [timedelta(hours=1), timedelta(days=1, minutes=45), timedelta(weeks=52), timedelta(seconds=-1), timedelta(microseconds=1500)]:
    print(dt + delta, dt - delta, (dt + delta) - dt == delta)
print(datetime(2024, 3, 31) - datetime(2023, 3, 31), datetime(2000, 1, 1) - datetime(1999, 12, 31, 23, 59, 59, 999999))
print(timedelta(days=365) // timedelta(weeks=1), timedelta(days=365) % timedelta(weeks=1), timedelta(hours=3) / timedelta(minutes=7))
print(datetime(2024, 1, 1, 12).date() == date(2024, 1, 1), datetime(2024, 1, 1) != date(2024, 1, 1))
utc_times = [datetime(2024, 1, 1, h, tzinfo=timezone(timedelta(hours=h - 12))) for h in range(0, 24, 6)]
print([t.astimezone(timezone.utc).isoformat() for t in utc_times])
print(sorted(utc_times)[0].isoformat(), len(set(utc_times)))
print(time(23, 59, 59, 999999) > time(0), sorted([time(12), time(1, 30), time(1, 5)]))
print(date(2024, 2, 29).replace(year=2028), date(2024, 1, 31).toordinal() - date(2024, 1, 1).toordinal())
print([date(2024, m, 1).strftime("%B %b %m") for m in (1, 6, 12)], date(2024, 7, 4).weekday(), date(2024, 7, 4).isoweekday())
print(datetime(2024, 1, 1, 0, 0, 0).timestamp(), datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(-1.25, timezone.utc))
print(repr(datetime(2024, 5, 6, 7, 8, 9, 10).time()), datetime(2024, 5, 6, 7, 8).isoformat(timespec="hours"), datetime(2024, 5, 6).isoformat(timespec="minutes"))
print(date(1, 1, 1) + timedelta(days=3652058), datetime.max - datetime.min)
