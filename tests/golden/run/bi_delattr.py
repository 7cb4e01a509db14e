class P:
    pass
p = P()
p.x = 1
p.y = 2
delattr(p, "x")
print(hasattr(p, "x"), hasattr(p, "y"), getattr(p, "x", "gone"))
setattr(p, "z", 3)
print(p.z, getattr(p, "z"))
for bad in [lambda: delattr(p, "missing"), lambda: delattr(p, 1), lambda: delattr(p),
            lambda: getattr(p, "q"), lambda: setattr(p, 5, 1)]:
    try:
        bad()
    except (AttributeError, TypeError) as ex:
        print(type(ex).__name__ + ":", ex)
del p.y
print(hasattr(p, "y"))
delattr(p, "y")
