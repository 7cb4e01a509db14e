xs = [for x in y]
