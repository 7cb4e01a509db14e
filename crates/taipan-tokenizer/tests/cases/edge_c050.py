x = 0 if 1 else 0
