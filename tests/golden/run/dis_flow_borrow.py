import dis

def borrow(a, b):
    return a + b

def stored(a):
    b = a
    return b

def killed(a, b):
    a, b = b, a
    return a

def across_blocks(a, flag):
    x = a if flag else 0
    return x

dis.dis(borrow)
dis.dis(stored)
dis.dis(killed)
dis.dis(across_blocks)
print(borrow(1, 2), stored(3), killed(4, 5), across_blocks(6, True), across_blocks(6, False))
