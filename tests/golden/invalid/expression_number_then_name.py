y = 1 x
