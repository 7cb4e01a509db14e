def f():
    global never_assigned
    return never_assigned
