# PEP 765: control flow leaving a finally block warns at compile time.
def ret():
    try:
        return "body"
    finally:
        return "finally wins"

def brk():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i

def cont():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out

def fine():
    # a loop inside the finally block, and a nested function: no warning
    try:
        pass
    finally:
        for j in range(2):
            if j:
                break
            continue
        def inner():
            return 5
        while False:
            break
    return inner()

def nested_try():
    try:
        pass
    finally:
        try:
            pass
        finally:
            return "inner finally"

def in_else():
    for i in range(2):
        pass
    else:
        try:
            pass
        finally:
            pass
    return i

print(ret(), brk(), cont(), fine(), nested_try(), in_else())
