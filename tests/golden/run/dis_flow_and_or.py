import dis

def both(a, b):
    if a and b:
        return "both"
    return "not both"

def either(a, b):
    if a or b:
        return "either"
    return "neither"

def negated(a):
    if not a:
        return "no"
    return "yes"

dis.dis(both)
dis.dis(either)
dis.dis(negated)
print(both(1, 1), both(1, 0), either(0, 0), either(0, 1), negated(0), negated(1))
