pairs = [a, b for a, b in items]
