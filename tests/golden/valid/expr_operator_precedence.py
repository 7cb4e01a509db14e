a or b and not c == d | e ^ f & g << h + i * -j ** k
(a or b) and (not c)
a if b or c else d and e
lambda: a or b
x = 1 + 2 * 3 ** -4 // 5 % 6
y = not a in b
z = -x ** -y
