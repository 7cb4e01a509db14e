# global and nonlocal corner cases.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make()
inc(); inc(); inc()
print(get())

def levels():
    a = "outer"
    def middle():
        def inner():
            nonlocal a
            a = "set by inner"
        inner()
        return a
    r = middle()
    return r, a
print(levels())

def declare_global_in_nested():
    def f():
        global created
        created = "made in f"
    f()
declare_global_in_nested()
print(created)

def shadow():
    x = "local"
    def f():
        global x
        return x
    return f()
x = "global"
print(shadow())

def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    late = []
    for j in range(3):
        late.append(lambda: j)
    return [f() for f in fs], [f() for f in late]
print(loop_closures())
