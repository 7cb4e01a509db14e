data = [1, 2, 3]
squares = [v * v for v in data if v]
