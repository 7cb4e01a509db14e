def main():
    d = {}
    for i in range(1500000):
        d[i] = i * 2
    total = 0
    for i in range(1500000):
        total += d[i]
    for k in d:
        total += k
    names = {}
    for i in range(750000):
        key = "k" + str(i % 1000)
        if key in names:
            names[key] += 1
        else:
            names[key] = 1
    return total, len(names), names["k7"]


print(main())
