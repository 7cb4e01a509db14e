import dis

def value_and(a, b):
    x = a and b
    return x

def value_or(a, b):
    return a or b

dis.dis(value_and)
dis.dis(value_or)
print(value_and(1, 2), value_and(0, 2), value_or(0, 3), value_or(4, 3))
