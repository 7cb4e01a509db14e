# a failing membership test against a constant set shows the caret
def check(x):
    return x in {1, 2, 3}

print(check(2))
print(check([]))
