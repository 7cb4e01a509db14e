def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


def main():
    total = 0
    for v in squares(3500000):
        total += v % 1000
    total += sum(x % 7 for x in range(3500000))
    return total


print(main())
