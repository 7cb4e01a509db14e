# ast: parse and dump (fields, positions, indent), reprs, docstrings,
# walk, literal_eval, visitors and transformers, SyntaxError.
import ast
src = '''
def f(a, b=2, *args, **kw):
    """Doc string.

    More."""
    return a + b * 3

class C(Base, metaclass=M):
    x: int = 5

for i in range(3):
    if i % 2 == 0:
        print(f"even {i!r}")
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, indent=2, include_attributes=True)[:1500])
print(ast.dump(ast.parse('x = 1; y = [a, *b]', mode='exec'), annotate_fields=False))
print(repr(tree.body[0]))
print(ast.get_docstring(tree.body[0]))
print([type(n).__name__ for n in ast.walk(ast.parse('a + b * c'))])
print(ast.literal_eval("[1, 2.5, 'x', b'y', (None, True), {'k': {1, 2}}, -3, 1+2j, set()]"))
try:
    ast.literal_eval('a + 1')
except ValueError as e:
    print(str(e).split(':')[0])
class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print('name', node.id, node.lineno, node.col_offset, node.end_col_offset)
V().visit(ast.parse('foo(bar, baz.qux)'))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node)
t2 = T().visit(ast.parse('x = 21 + 1'))
print(ast.dump(t2))
e = ast.parse('1 + 2', mode='eval')
print(type(e).__name__, ast.dump(e))
try:
    ast.parse('x = (')
except SyntaxError as err:
    print(err.msg, err.lineno, err.offset)
n = ast.Name('x', ast.Load())
print(n.id, n.ctx, n._fields, ast.Name._attributes, n.end_lineno)
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(ast.get_source_segment('x = foo(1,\n  2)', ast.parse('x = foo(1,\n  2)').body[0].value))
print(isinstance(tree.body[0], ast.stmt), issubclass(ast.FunctionDef, ast.AST), ast.FunctionDef.__mro__[1].__name__)
m = ast.parse('match p:\n case [1, *rest]: pass\n case {"k": v} if v: pass\n case Point(x=0): pass\n')
print(ast.dump(m))
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=True)))
print(ast.dump(ast.parse('async def f():\n await x\n async for a in b: pass\n')))
print(ast.dump(ast.parse('@d\ndef g[T](x: T) -> T: ...'), include_attributes=False))
