a = b if c else d if e else f
g = (h if i else j)(k)
l = [m if n else o for p in q]
r = s if t else lambda: u
v = w if (x := y) else z
aa = bb if not cc else dd or ee
