# expression statements: constants are ignored, other values evaluated and dropped
"""module docstring"""

def f():
    "the docstring"
    "not a docstring"
    42
    ...
    None
    return f.__doc__

print(__doc__, f(), f.__code__.co_consts[0])

class C:
    "class doc"
    "ignored"
    x = 1

print(C.__doc__)

def side(v):
    print("side", v)
    return v

side(1)
side(2) + side(3)
[side(4)]
f"{side(5)}"
side
(side(6), side(7))
print("done")
