import dis

def after_return(x):
    return x + 1
    print("never")
    x = 2

def after_raise(x):
    raise ValueError(x)
    return 5

def after_break(xs):
    for x in xs:
        break
        print("dead")
    return xs

dis.dis(after_return)
dis.dis(after_raise)
dis.dis(after_break)
print(after_return(1), after_break([1, 2]))
try:
    after_raise(3)
except ValueError as e:
    print("caught", e)
