import dis

def loop_tail(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
    return n

def while_tail(n, acc):
    while n:
        n -= 1
        if acc:
            acc -= 1
    return acc

dis.dis(loop_tail)
dis.dis(while_tail)
print(loop_tail([1, 0, 1]), while_tail(3, 5))
