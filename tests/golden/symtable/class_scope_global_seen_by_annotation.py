class C:
    global G
    G = int
    x: G
