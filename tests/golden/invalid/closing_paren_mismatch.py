pair = (1, 2]
