print("raises: before")
counter = 0


def fail(n):
    return n / counter


fail(1)
print("raises: never")
