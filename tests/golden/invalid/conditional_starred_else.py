xs = [a if b else *c]
