def main():
    total = 0.0
    x = 0.5
    i = 0
    while i < 6000000:
        total += i * 0.5 - x / 3.0
        x = x * 1.0000001
        i += 1
    return total


print(main())
