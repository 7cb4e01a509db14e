[a, b]: list
