# Exceptions unwinding through Python frames called by the fast path.
def leaf(i):
    if i % 4 == 0:
        raise KeyError(i)
    return i


def middle(i):
    return leaf(i) * 2


def top(i):
    try:
        return middle(i)
    except KeyError as e:
        return -e.args[0]


print(sum(top(i) for i in range(1000)))


def cleanup(i):
    log = []
    try:
        try:
            middle(i)
        finally:
            log.append("finally")
    except KeyError:
        log.append("caught")
    return log


print(cleanup(0), cleanup(1))


def reraiser(i):
    try:
        return middle(i)
    except KeyError:
        raise ValueError("wrapped") from None


caught = 0
for i in range(100):
    try:
        reraiser(i)
    except ValueError:
        caught += 1
print("caught", caught)
