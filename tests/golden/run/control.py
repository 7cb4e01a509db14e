x = 5
if x > 3:
    print("big")
elif x > 1:
    print("medium")
else:
    print("small")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
for j in range(3):
    print("j", j)
else:
    print("done")
for k in [10, 20, 30]:
    if k == 20:
        break
    print("k", k)
total = 0
for n in range(10, 0, -2):
    total += n
print(total, 1 if total else 2, not total, total and "yes", 0 or "no")
