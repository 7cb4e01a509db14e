while (True := x):
    pass
