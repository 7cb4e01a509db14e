# leaving `except E as name` any way clears name (name = None; del name)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as err:
        if i == 0:
            continue
        if i == 1:
            print("bound inside:", err)
            break
print("err bound after break?", "err" in globals())

def ret():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e.args
print(ret())

def ret_with_finally():
    try:
        try:
            raise KeyError("k2")
        except KeyError as e:
            return "returned " + str(e)
        finally:
            print("finally runs")
    finally:
        print("outer finally")
print(ret_with_finally())

def uses_after():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except NameError as n:
        return "NameError: " + str(n)
print(uses_after())

def deleted_inside():
    try:
        raise TypeError("t")
    except TypeError as e:
        del e
    return "ok"
print(deleted_inside())

def raise_inside():
    try:
        raise TypeError("first")
    except TypeError as e:
        raise ValueError("second") from e
try:
    raise_inside()
except ValueError as v:
    print(v, "caused by", repr(v.__cause__))
