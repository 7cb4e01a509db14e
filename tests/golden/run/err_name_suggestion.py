def compute(values):
    total = sum(values)
    return totl / len(values)


compute([1, 2, 3])
