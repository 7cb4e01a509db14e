result = f(g[1, h(2)))
