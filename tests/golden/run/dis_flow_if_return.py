import dis

def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0

def pick(flag, a, b):
    if flag:
        r = a
    else:
        r = b
    return r

dis.dis(sign)
dis.dis(pick)
print(sign(5), sign(-3), sign(0))
print(pick(True, "a", "b"), pick(False, "a", "b"))
