# break/continue through try/finally/with/except inside nested loops
class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self.tag

    def __exit__(self, *a):
        print("  exit", self.tag)

log = []
for i in range(4):
    for j in range(4):
        try:
            with CM((i, j)):
                if j == 1:
                    continue
                if j == 2:
                    break
                log.append((i, j))
        finally:
            print("finally", i, j)
    else:
        print("inner else never")
    if i == 2:
        break
print(log)

k = 0
while k < 5:
    k += 1
    try:
        if k % 2:
            raise ValueError(k)
    except ValueError as e:
        if k == 3:
            continue
        print("handled", e)
    else:
        print("no error", k)
    if k == 4:
        break
print("k", k)
