def f():
    global g
    g = 1
    def h():
        return g
    return h
