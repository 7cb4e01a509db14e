# ast: node construction and defaults, iter_fields/iter_child_nodes,
# fix_missing_locations, increment_lineno, copy_location, compile with
# PyCF_ONLY_AST, literal_eval errors, pattern matching on nodes.
import ast

node = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load()))
print(ast.dump(node))
print(list(name for name, _ in ast.iter_fields(node)))
print([type(c).__name__ for c in ast.iter_child_nodes(node)])
print(ast.Constant(5).kind, ast.FunctionDef._fields)
print(ast.Module(body=[]).body, ast.Module(body=[]).type_ignores)
try:
    ast.Name('a', ast.Load(), 'extra')
except TypeError as e:
    print(e)

expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(),
                                     ast.Constant(7)))
ast.fix_missing_locations(expr)
print(expr.body.lineno, expr.body.col_offset, expr.body.left.end_lineno)

tree = ast.parse('a = 1\nb = 2\n')
ast.increment_lineno(tree, 10)
print([(s.lineno, s.end_lineno) for s in tree.body])
new = ast.copy_location(ast.Pass(), tree.body[1])
print(new.lineno, new.col_offset, new.end_col_offset)

t = compile('x + 1', '<ast>', 'eval', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
t = compile('def f(): pass', '<ast>', 'exec', flags=ast.PyCF_ONLY_AST)
print(ast.dump(t.body[0]))

for text in ['x', '1 +', 'foo()', '{**a}', '[1, 2][0]', '(1).real']:
    try:
        print(ast.literal_eval(text))
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__)
print(ast.literal_eval('  -5'), ast.literal_eval('(1, [2, {3: 4}])'))
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(7)))


def describe(n):
    match n:
        case ast.BinOp(left=ast.Constant(value=a), op=ast.Add(),
                       right=ast.Constant(value=b)):
            return f'sum of constants {a} and {b}'
        case ast.Call(func=ast.Name(id=name), args=args):
            return f'call of {name} with {len(args)} args'
        case ast.Name(id):
            return f'name {id}'
        case _:
            return type(n).__name__


for src in ['1 + 2', 'f(a, b)', 'z', '[1]']:
    print(describe(ast.parse(src, mode='eval').body))

counts = {}
for n in ast.walk(ast.parse('def f(x):\n    return [y * 2 for y in x if y]\n')):
    counts[type(n).__name__] = counts.get(type(n).__name__, 0) + 1
print(sorted(counts.items()))


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)

    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant):
            return None
        return node


tree = Renamer().visit(ast.parse('"doc"\na = b + c\nprint(a)\n'))
print(ast.dump(tree))
print(ast.dump(ast.parse('x'), indent='--'))
print(ast.dump(ast.parse('x'), show_empty=True))
try:
    ast.dump('not a node')
except TypeError as e:
    print(e)
try:
    ast.get_docstring(ast.Pass())
except TypeError as e:
    print(e)
print(ast.get_docstring(ast.parse('"""  Indented\n    text\n"""'), clean=False))
