import dis

def find(xs, target):
    i = 0
    while True:
        if xs[i] == target:
            break
        i += 1
    return i

dis.dis(find)
print(find([3, 4, 5], 5))
find([1], 9)
