def f():
    # only a comment here
