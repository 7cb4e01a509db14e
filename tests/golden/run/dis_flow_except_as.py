import dis

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        msg = str(e)
    return msg

dis.dis(convert)
print(convert("12"), convert("x"))
