import dis

def first(x):
    return x if x else None

def second(x, y):
    return x if y else -x

dis.dis(first)
dis.dis(second)
print(first(0), first(7), second(3, 0), second(3, 1))
