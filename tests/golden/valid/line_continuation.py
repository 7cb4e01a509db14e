x = 1 + \
    2
if a and \
   b:
    pass
s = "abc" \
    "def"
y = \
3
assert x, \
    "message"
def f(a,
      b):
    return \
        a
