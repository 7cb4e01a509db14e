with open("a") as f:
    pass
with open("a") as f, open("b") as g:
    pass
with lock:
    pass
with a, b, c:
    pass
with ctx() as (x, y):
    pass
with ctx() as [x, *y]:
    pass
with ctx() as obj.attr:
    pass
