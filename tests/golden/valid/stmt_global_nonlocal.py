counter = 0
def incr():
    global counter
    counter += 1
def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x, y
        x += 1
        y += 1
    inner()
    return x, y
def many():
    global a, b, c
