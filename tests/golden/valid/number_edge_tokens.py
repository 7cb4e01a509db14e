x = 1if True else 2
y = [0x1for x in z]
z = 1or 2
v = 1 .real
u = 1..__class__
