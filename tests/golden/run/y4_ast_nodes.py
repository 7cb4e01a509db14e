# ast: constants of every type, unicode column offsets (in bytes), modes
# (single, eval, func_type), bytes sources with a coding cookie, syntax
# errors with their location, the 3.14 depth-limited node repr.
import ast

tree = ast.parse("x = (b'by', 1j, ..., None, True, 10**30, 0x10, 1.5e300, 'é')")
for elt in tree.body[0].value.elts:
    print(type(elt).__name__, repr(elt.value) if not isinstance(elt, ast.BinOp) else 'BinOp')
t = ast.parse("ñame = 'héllo' + wörld")
for node in ast.walk(t):
    if isinstance(node, (ast.Name, ast.Constant)):
        print(type(node).__name__, node.col_offset, node.end_col_offset)
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
src = "# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode('latin-1')
print(ast.parse(src).body[0].value.value)
print(ast.dump(ast.parse(b'y = 2')))
print(ast.dump(ast.parse('f"{a!r:>{w}} and {b=}"')))
print(ast.dump(ast.parse('t"hello {name}"')))
print(ast.dump(ast.parse('lambda a, /, b, *, c=1: a')))
print(ast.dump(ast.parse('with open(f) as g, h: pass')))
print(ast.dump(ast.parse('try:\n pass\nexcept* E as e:\n pass\nfinally:\n pass')))
print(ast.dump(ast.parse('del a[1:2, ::3]')))
print(ast.dump(ast.parse('global g; nonlocal_ = 1; import a.b as c; from . import d')))
print(ast.dump(ast.parse('type Alias[T: int = str, *Ts, **P] = list[T]')))
for bad in ['x = (', 'def f(:\n  pass', '1 +* 2', 'a b', 'x = "unterminated']:
    try:
        ast.parse(bad, filename='<bad>')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
big = ast.parse('[' + ', '.join(str(i) for i in range(10)) + ']', mode='eval')
print(repr(big))
print(repr(ast.parse('if a:\n    if b:\n        if c:\n            x = [1]\n')))
print(repr(ast.parse('f(x)').body[0].value))
