import dis

def many_paths(a, b):
    if a:
        if b:
            print("ab")
        else:
            print("a")
    elif b:
        print("b")

dis.dis(many_paths)
many_paths(1, 1)
many_paths(1, 0)
many_paths(0, 1)
print(many_paths(0, 0))
