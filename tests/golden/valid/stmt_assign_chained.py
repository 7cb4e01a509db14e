a = b = c = d = 0
x = y = [1, 2]
p, q = r, s = 1, 2
