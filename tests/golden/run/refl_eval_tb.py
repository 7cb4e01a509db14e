# an exception inside eval'd code, uncaught
def compute(expr):
    return eval(expr)
print(compute("1 + 1"))
compute("[1, 2][5]")
