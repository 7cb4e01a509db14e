import dis

def grid(n):
    out = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            out += j
    return out

dis.dis(grid)
print(grid(4))
