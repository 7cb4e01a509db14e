def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    finally_value = 1

print(divide(1, 2), divide(1, 0))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("lookup", type(e), e)
else:
    print("no error")

try:
    x = 1
except Exception:
    print("unreachable")
else:
    print("else runs", x)

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        int("x" * i)
    except ValueError as err:
        print("bad", i, err)
print("after loop", i)

def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
    except ValueError as e:
        print("outer got", e)
        return "done"

print(nested())
try:
    undefined_thing
except NameError as e:
    print(e)
try:
    print(e)
except NameError as e2:
    print("e is unbound:", e2)
