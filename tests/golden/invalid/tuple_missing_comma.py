t = (a b c)
