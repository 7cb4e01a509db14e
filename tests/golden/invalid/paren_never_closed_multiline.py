total = sum(
    [1, 2, 3],
    start=10
