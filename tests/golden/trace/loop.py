t = 0
for i in range(3):
    t += i
print(t)
