# An uncaught SyntaxError from eval() at the made-up newline: offset 0
# means no caret line.
eval("1 + 2 *")
