from itertools import takewhile, starmap

def check(x):
    return 10 // x > 1

print(list(takewhile(check, [5, 2, 1])))
print(list(starmap(divmod, [(7, 2), (1, 0)])))
