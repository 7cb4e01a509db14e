# except*: each clause sees its part; unhandled parts re-raise as a group
def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])
    except* TypeError:
        print("types")
    else:
        print("else")
    finally:
        print("finally")

run(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")]))
run(ValueError("naked"))
try:
    run(ExceptionGroup("h", [KeyError("k"), ValueError("v")]))
except ExceptionGroup as rest:
    print("rest", repr(rest))

def no_error():
    try:
        pass
    except* OSError:
        print("no")
    else:
        return "else returned"

print(no_error())
try:
    try:
        raise ExceptionGroup("r", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print("raised in handler", repr(eg))
