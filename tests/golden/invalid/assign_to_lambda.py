lambda: 1 = f
