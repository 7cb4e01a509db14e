x = 1
if x:
    yield 2
