t1 = t"hello {name}"
t2 = t"{x!r:>10}"
t3 = t"{x=}"
t4 = t"{{escaped}}"
t5 = rt"\d{x}"
t6 = t"""multi
{line}
"""
t7 = t"{x:{width}}"
t8 = t"{t"{nested}"}"
t9 = t"abc" t"{x}"
t10 = t""
