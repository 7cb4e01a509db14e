def f(rows):
    return [[lambda: (r, c) for c in r] for r in rows]
