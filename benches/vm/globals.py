total = 0.0
i = 0
while i < 4000000:
    total += i * 0.5
    i += 1
print(total)
