# Only the first iterable of a class-body comprehension is evaluated in
# the class namespace.
class C:
    xs = [1, 2]
    ys = [3]
    ok = [(x, y) for x in xs for y in [0]]
    try:
        bad = [(x, y) for x in xs for y in ys]
    except NameError as e:
        print("NameError:", e)
    gen = list(x for x in xs)
    try:
        gen2 = list(x + len(ys) for x in xs)
    except NameError as e:
        print("NameError:", e)
print(C.ok, C.gen)
