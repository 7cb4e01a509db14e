import dis

def dead_consts(x):
    if False:
        return "unused string"
    return x

def docstring():
    "A docstring."
    return 42

dis.dis(dead_consts)
dis.dis(docstring)
print(dead_consts.__code__.co_consts)
print(docstring.__code__.co_consts)
print(dead_consts(1), docstring(), docstring.__doc__)
