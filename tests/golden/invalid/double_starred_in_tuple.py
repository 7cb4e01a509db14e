xs = 1, **a
