# Recursion close to the limit works; past it, RecursionError is raised
# and can be caught, repeatedly, and the interpreter goes on normally.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))


def forever(n):
    return forever(n + 1)


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
print(depth(500))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)


def with_default(n, step=1):
    return with_default(n + step)


try:
    with_default(0)
except RecursionError:
    print("defaults recursion caught")
print("done", depth(10))
