import dis

def evens(n):
    t = 0
    for i in range(n):
        if i % 2:
            continue
        t += i
    return t

def first_big(xs):
    for x in xs:
        if x > 10:
            break
    else:
        return None
    return x

dis.dis(evens)
dis.dis(first_big)
print(evens(10), first_big([1, 20, 3]), first_big([1]))
