import dis

def check(x):
    assert x > 0, "must be positive"
    return x

dis.dis(check)
print(check(3))
check(-1)
