# Closures inside function comprehensions, and a comprehension variable
# that shadows a cell of the enclosing function.
def make():
    return [lambda: i for i in range(3)]

def shadow():
    v = "outer"
    def get():
        return v
    res = [v for v in range(3)]
    return res, v, get()

def shadow_cell_in_comp():
    w = "outer"
    fs = [lambda: w for w in "xy"]
    return [f() for f in fs], w, (lambda: w)()

print([f() for f in make()])
print(shadow())
print(shadow_cell_in_comp())
