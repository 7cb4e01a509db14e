first, *rest = range(10)
*init, last = range(10)
a, *b, c = range(10)
[x, *y] = "hello"
(p, (q, *r)) = 1, (2, 3, 4)
