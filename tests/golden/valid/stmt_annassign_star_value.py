values: tuple = 1, 2, 3
more: tuple = *values, 4
