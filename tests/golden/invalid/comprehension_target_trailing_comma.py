pairs = [a, for a in items]
