import dis

def none_test(x):
    if x is None:
        return "none"
    if x is not None:
        return "some"

def default(x=None):
    if None is x:
        x = []
    return x

dis.dis(none_test)
dis.dis(default)
print(none_test(None), none_test(1), default(), default(3))
