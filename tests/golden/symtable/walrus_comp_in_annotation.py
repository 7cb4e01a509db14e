def f():
    x: [(y := 1) for z in w] = 2
