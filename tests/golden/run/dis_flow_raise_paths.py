import dis

def validate(x):
    if not isinstance(x, int):
        raise TypeError("need int")
    if x < 0:
        raise ValueError("negative")
    return x

dis.dis(validate)
print(validate(3))
for bad in ("s", -1):
    try:
        validate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
validate(-5)
