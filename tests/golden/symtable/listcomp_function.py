def f(data):
    return [v * w for v in data for w in data if v > w]
