def main():
    total = 0
    for i in range(5000):
        for j in range(1500):
            total += (i * j) % 7
    return total


print(main())
