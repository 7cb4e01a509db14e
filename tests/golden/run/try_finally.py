def f(x):
    try:
        if x == 0:
            return "zero"
        print("body", x)
    finally:
        print("finally", x)
    return "end"

print(f(0))
print(f(1))

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("loop", i)
        finally:
            print("cleanup", i)
    return i

print(g())

def h():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("caught", e)
    finally:
        print("outer finally")

h()

def k():
    try:
        raise ValueError("v")
    except ValueError:
        return "from except"
    finally:
        print("k finally")

print(k())

