import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
calendar.prmonth(2025, 7)
print(calendar.calendar(2024))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.formatyear(2023, m=4, c=2))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthcalendar(2024, 3))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], list(calendar.month_name)[:3])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.weekheader(3))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), list(cal.itermonthdays(2024, 2))[:10], list(cal.itermonthdays2(2024, 2))[:3])
print(cal.monthdatescalendar(2024, 2)[0], list(cal.itermonthdays3(2024, 1))[:2], list(cal.itermonthdays4(2024, 12))[-1])
print(len(cal.yeardays2calendar(2024)), len(cal.yeardayscalendar(2024, width=4)[0]))
print(int(calendar.MONDAY), int(calendar.SUNDAY), int(calendar.JANUARY), int(calendar.DECEMBER), calendar.Month(3).name, calendar.Day(4).name)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 6)[0])
calendar.setfirstweekday(0)
