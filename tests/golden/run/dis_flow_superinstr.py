import dis

def pairs(a, b):
    c = a
    d = b
    return a + b + c + d

def chain(a):
    b = a; c = b
    return c

dis.dis(pairs)
dis.dis(chain)
print(pairs(1, 2), chain(9))
