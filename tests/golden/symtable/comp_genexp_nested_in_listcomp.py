def f(rows):
    return [sum(c for c in r) for r in rows]
