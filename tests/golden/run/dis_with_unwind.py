# return/break/continue leave a with block through __exit__ (not its handler)
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        if self.fail:
            raise KeyError(self.name)
        return False

def ret():
    with CM("a") as a, CM("b") as b:
        return a + b

print(ret())

def ret_in_try():
    with CM("x", fail=True):
        try:
            return 1
        except KeyError:
            print("caught inside: wrong")
            return 2

try:
    print(ret_in_try())
except KeyError as e:
    print("outer", e)

for i in range(4):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
print("loop done", i)

def nested_finally():
    try:
        with CM("f"):
            try:
                return "value"
            finally:
                print("inner finally")
    finally:
        print("outer finally")

print(nested_finally())

def exit_raises_on_break():
    for i in range(3):
        with CM("brk", fail=True):
            break
    return "unreached"

try:
    exit_raises_on_break()
except KeyError as e:
    print("break exit raised", e)
