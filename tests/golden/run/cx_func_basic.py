# List, set and dict comprehensions inside functions: values, and the
# iteration variables do not leak into the function.
def squares(n):
    return [i * i for i in range(n)]

def evens(xs):
    return {x for x in xs if x % 2 == 0}

def index(words):
    return {w: len(w) for w in words}

def leak_check():
    out = [k for k in "abc"]
    try:
        k
    except NameError as e:
        print("NameError:", e)
    return out

print(squares(5))
print(sorted(evens([1, 2, 3, 4, 4, 6])))
print(index(["a", "bb", "ccc"]))
print(leak_check())
print([[j for j in range(i)] for i in range(4)])
