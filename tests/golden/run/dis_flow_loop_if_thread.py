import dis

def loop_if(xs):
    out = []
    for x in xs:
        if x:
            out.append(x)
    return out

def while_if(n):
    k = 0
    while n:
        n -= 1
        if n % 3:
            k += 1
    return k

dis.dis(loop_if)
dis.dis(while_if)
print(loop_if([0, 1, 2, 0, 3]), while_if(10))
