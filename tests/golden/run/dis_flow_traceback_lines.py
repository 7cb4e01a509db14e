def f(xs):
    total = 0
    for x in xs:
        if x:
            total += 10 // x
        else:
            total += 1
    return total

print(f([1, 2, 0]))
print(f([5, 0, "a"]))
