f = lambda xs: [(y := x) for x in xs]
