while (n := next(it, None)) is not None:
    if n < 0:
        break
else:
    print("done")
