import dis

def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        r = None
    return r

def cleanup(log):
    try:
        log.append("body")
    finally:
        log.append("finally")
    return log

dis.dis(safe_div)
dis.dis(cleanup)
print(safe_div(1, 2), safe_div(1, 0), cleanup([]))
