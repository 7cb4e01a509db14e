def f(rows):
    return [[(last := c) for c in r] for r in rows]
