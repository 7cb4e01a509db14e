@deco([d for d in range(2)])
def f(a=[q for q in range(3)], b=lambda: 1):
    pass
