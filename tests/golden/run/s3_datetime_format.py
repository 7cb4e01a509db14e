from datetime import date, time, datetime, timedelta, timezone

d = datetime(2024, 1, 5, 13, 4, 5, 123)
print(d.strftime("%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %j %U %W %% %G %u %V"))
print(d.strftime("%c|%x|%X"), d.strftime("%z|%Z"), d.strftime("no directives"))
print(date(2024, 1, 1).strftime("%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %% %G %u %V"))
print(datetime(2024, 1, 5, tzinfo=timezone(timedelta(hours=-3))).strftime("%z %Z|%:z"))
print(date(2024, 1, 5).strftime("%e|%C|%D|%F|%T|%R|%h|%r"), time(13, 5).strftime("%I %p %H %Y %j"))
print(date(2023, 12, 31).strftime("%U %W %j %G-%V"), date(2021, 1, 1).strftime("%U %W %G-%V-%u"))
print(format(d, "%Y/%m/%d"), format(date(2024, 1, 5), ""), f"{d:%H:%M}", f"{time(7, 8):%H.%M}", "{:%d %B}".format(d))
print(datetime.strptime("2024-01-05 13:04:05.123 +0530", "%Y-%m-%d %H:%M:%S.%f %z"))
print(repr(datetime.strptime("Fri, 05 Jan 2024 01:02:03 PM", "%a, %d %b %Y %I:%M:%S %p")))
print(datetime.strptime("5/1/24", "%d/%m/%y"), datetime.strptime("2024 100", "%Y %j"), datetime.strptime("UTC", "%Z"))
print(repr(time.strptime("10:11", "%H:%M")) if hasattr(time, "strptime") else "", datetime.strptime("  2024", " %Y"))
print(datetime.strptime("January 5 2024", "%B %d %Y"), repr(datetime.strptime("+01:30", "%z")), repr(datetime.strptime("Z", "%z")))
print(datetime.strptime("2024-01-05T10:20:30", "%Y-%m-%dT%H:%M:%S"), datetime.strptime("12 am", "%I %p"), datetime.strptime("12 PM", "%I %p"))
print(datetime.strptime("70", "%y").year, datetime.strptime("68", "%y").year, datetime.strptime("01/02/03 04:05:06", "%x %X"))
for s, f in [("2000", "%Y %m"), ("2000 01x", "%Y %m"), ("2024-02-30", "%Y-%m-%d"), ("x", "%Q"), ("12", "%H%"), ("13 pm", "%I %p")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError", e)
for s in ["2000-1-1", "2024-01-05T25:00", "2024-13-01", "", "2024-01-05X", "20240105T1", "2024-01-05T10:00+5"]:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print("ValueError", e)
try:
    date.fromisoformat(5)
except TypeError as e:
    print("TypeError", e)
for args in [(2024, 54, 1), (2024, 1, 8), (10000, 1, 1), (2020, 53, 1), (2021, 53, 1)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print("ValueError", e)
