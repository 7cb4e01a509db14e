import dis

def always():
    if True:
        return "yes"
    return "no"

def never(x):
    if 0:
        x = x + 1
    return x

def forever(n):
    while True:
        n += 1
        if n > 3:
            return n

dis.dis(always)
dis.dis(never)
dis.dis(forever)
print(always(), never(4), forever(0))
