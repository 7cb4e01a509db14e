def check(i):
    if i % 3 == 0:
        raise ValueError("bad")
    return i


def main():
    caught = 0
    total = 0
    for i in range(2500000):
        try:
            total += check(i)
        except ValueError:
            caught += 1
    return caught, total


print(main())
