import dis

def gen(n):
    i = 0
    while i < n:
        if i % 2:
            yield i
        i += 1

dis.dis(gen)
print(list(gen(7)))
