def main():
    total = 0
    parts = []
    for i in range(1000000):
        s = "item" + str(i)
        t = s[2:] + s[:3]
        parts.append(t[-4:])
        total += len(f"{i}:{s}")
    joined = ",".join(parts)
    return total, len(joined), joined[:20]


print(main())
