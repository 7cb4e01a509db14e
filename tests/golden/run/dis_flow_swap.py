import dis

def swap2(a, b):
    a, b = b, a
    return a, b

def rotate(a, b, c):
    a, b, c = c, a, b
    return a, b, c

dis.dis(swap2)
dis.dis(rotate)
print(swap2(1, 2), rotate(1, 2, 3))
