# dis.Positions: a named tuple with defaults
import dis
p = dis.Positions(1, 2, 3, 4)
print(p, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)
print(dis.Positions())
print(dis.Positions(5))
print(dis.Positions(lineno=3, end_col_offset=9))
print(p == (1, 2, 3, 4), tuple(p), len(p), p[2], isinstance(p, tuple))
print(p._replace(lineno=7))
print(p._fields)
print(p._asdict())
a, b, c, d = p
print(a + b + c + d)
