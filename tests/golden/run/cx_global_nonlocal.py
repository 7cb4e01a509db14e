# Comprehension variables named like global or nonlocal declarations
# stay the comprehension's own.
x = "global x"
def f():
    global x
    r = [x for x in range(2)]
    return r, x

def outer():
    n = "outer n"
    def inner():
        nonlocal n
        r = [n for n in "ab"]
        return r, n
    return inner()

print(f(), x)
print(outer())
