# try/except/else/finally: else is outside the handlers; jumps out unwind
def else_raises():
    try:
        print("body")
    except KeyError:
        print("wrong: else is not covered")
    else:
        raise KeyError("from else")

try:
    else_raises()
except KeyError as e:
    print("propagated", e)

def order():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(("try", i))
        except Exception:
            out.append("never")
        else:
            out.append(("else", i))
        finally:
            out.append(("finally", i))
    return out

print(order())

def return_in_try_except():
    try:
        return "try value"
    except Exception:
        return "except value"
    finally:
        print("finally after return")

print(return_in_try_except())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def break_in_finally_loop():
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("dropped")
        finally:
            if i == 2:
                break
    return i

print(break_in_finally_loop())

def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("from handler")
    except TypeError as t:
        return "caught " + str(t) + " context " + repr(t.__context__)

print(nested_handlers())
