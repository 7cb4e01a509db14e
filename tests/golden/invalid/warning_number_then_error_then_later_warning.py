y = 1if 2 else 3
x = )
z = 0x1for
