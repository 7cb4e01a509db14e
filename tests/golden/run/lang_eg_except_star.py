# except*: each clause sees the matching part; the rest propagates.
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
    except* KeyError:
        print("  some KeyError")

for exc in [
    ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]),
    ExceptionGroup("g", [KeyError("k"), ExceptionGroup("inner", [TypeError(4)])]),
    ValueError("naked"),
]:
    print("raising", repr(exc))
    run(exc)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ZeroDivisionError(2)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as e:
    print("unhandled rest:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("re-raised:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("raised in handler:", repr(e), [repr(x) for x in e.exceptions])

try:
    try:
        raise TypeError("naked")
    except* ValueError:
        print("not reached")
except TypeError as e:
    print("naked unmatched stays naked:", repr(e))

try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked re-raised as group:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

def with_else():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
with_else()
