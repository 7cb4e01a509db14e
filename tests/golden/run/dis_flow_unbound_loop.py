import dis

def loop_var(xs):
    for x in xs:
        pass
    return x

dis.dis(loop_var)
print(loop_var([1, 2]))
loop_var([])
