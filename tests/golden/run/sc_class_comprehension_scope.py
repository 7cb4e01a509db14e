# Comprehensions in a class body cannot see class names except in the
# first iterable.
class C:
    names = ["a", "b"]
    prefix = "p"
    first = [n.upper() for n in names]
    try:
        bad = [prefix + n for n in names]
    except NameError as e:
        print("NameError:", e)
    pairs = [(x, y) for x in range(2) for y in "ab"]


print(C.first, C.pairs)
print(hasattr(C, "n"), hasattr(C, "x"))
