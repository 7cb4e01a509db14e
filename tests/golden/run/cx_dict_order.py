# Evaluation order in dict and set comprehensions.
log = []
def k(x):
    log.append(("k", x))
    return x % 2
def v(x):
    log.append(("v", x))
    return x
print({k(i): v(i) for i in range(4)})
print(log)
print({i % 3 for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2) if i or j})
