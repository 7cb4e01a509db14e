# break/continue/return through finally blocks.
def loops():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
    while True:
        try:
            try:
                break
            finally:
                print("inner finally")
        finally:
            print("outer finally")
    return "done"
print(loops())

def ret():
    try:
        return "from try"
    finally:
        print("finally before return")
print(ret())

def nested_returns():
    for x in range(2):
        try:
            try:
                return x
            finally:
                print("inner", x)
        finally:
            print("outer", x)
print(nested_returns())

def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        print("cleaning up")
try:
    exc_in_finally()
except ValueError as e:
    print("caught", e)

def with_else():
    for n in range(3):
        try:
            pass
        except Exception:
            pass
        else:
            if n == 1:
                break
        finally:
            print("finally", n)
    else:
        print("no break")
with_else()
