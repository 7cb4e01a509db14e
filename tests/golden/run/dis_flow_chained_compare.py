import dis

def between(a, x, b):
    if a < x < b:
        return True
    return False

dis.dis(between)
print(between(1, 2, 3), between(1, 5, 3))
