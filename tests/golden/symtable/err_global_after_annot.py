class C:
    x: int
    global x
