x = 0 if 1else 2
