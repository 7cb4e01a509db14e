for a, 2 in pairs:
    pass
