import dis

def countdown(n):
    while n > 0:
        n -= 1
    return n

def total(n):
    t = 0
    i = 0
    while i < n:
        t += i
        i += 1
    else:
        t = -t
    return t

dis.dis(countdown)
dis.dis(total)
print(countdown(5), total(4))
