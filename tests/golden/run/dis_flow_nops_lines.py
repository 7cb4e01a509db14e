import dis

def passes(x):
    pass
    if x:
        pass
    else:
        pass
    return x

def only_pass():
    pass

dis.dis(passes)
dis.dis(only_pass)
print(passes(1), only_pass())
