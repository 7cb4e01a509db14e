# A comprehension in a class body reads names as globals (the class
# namespace is invisible), except in its first iterable.
limit = "global limit"
class C:
    limit = 2
    items = [1, 2, 3]
    first = [v for v in items]
    seen = [limit for _ in range(2)]
    try:
        bad = [v for v in range(3) if v < limit]
    except TypeError as e:
        print("TypeError:", e)
    try:
        nested = [(a, b) for a in items for b in items]
    except NameError as e:
        print("NameError:", e)
    len_ok = [len(str(v)) for v in items]

print(C.first, C.seen, C.len_ok)
print(hasattr(C, "v"), hasattr(C, "_"))
