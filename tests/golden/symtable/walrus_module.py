if (n := 10) > 5:
    pass
vals = [(last := v) for v in range(3)]
