# An uncaught SyntaxError from exec() of an unclosed bracket: end_offset 0
# means one caret under the bracket.
try:
    exec("x = [1,\n2,")
except SyntaxError as e:
    print(e.args)
exec("values = (1,\n   2,\n")
