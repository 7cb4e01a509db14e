import dis

def maybe(flag):
    if flag:
        value = 1
    return value

def deleted():
    x = 1
    del x
    return x

dis.dis(maybe)
dis.dis(deleted)
print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
deleted()
