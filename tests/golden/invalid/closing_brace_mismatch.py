table = {"a": (1, 2}
