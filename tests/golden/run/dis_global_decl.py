# global/nonlocal declarations compile to nothing; the names bind as declared
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def outer():
    x = 1

    def inner():
        nonlocal x
        x += 10
        return x

    inner()
    return x

print(bump(), bump(), outer(), counter)

def first_line():
    global unused_name
    return first_line.__code__.co_firstlineno

import dis
codes = [i.opname for i in dis.get_instructions(first_line)]
print("NOP" in codes, codes.count("NOP"))
