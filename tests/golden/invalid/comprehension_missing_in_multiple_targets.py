pairs = [(a, b) for a, b pairs]
