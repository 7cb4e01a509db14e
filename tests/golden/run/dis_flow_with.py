import dis

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *args):
        print("exit", args[0])
        return False

def use(cm):
    with cm as c:
        print("inside")
    return c is cm

dis.dis(use)
print(use(CM()))
