# full line comment
x = 1  # trailing comment
#no space
#!not a shebang here
    # indented comment at top level
def f():
    # comment in body
    return 1
# comment before dedent
y = 2
#
