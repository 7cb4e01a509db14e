# Taipan's own bytecode for small functions (a snapshot, not a CPython golden)
import dis


def add(a, b):
    return a + b


def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0


def total(n):
    t = 0
    for i in range(n):
        t += i
    return t


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        print("done")


for f in (add, sign, total, safe_div):
    print("=== dis", f.__name__)
    dis.dis(f)
print("=== show_offsets")
dis.dis(sign, show_offsets=True)
print("=== show_positions")
dis.dis(add, show_positions=True)
