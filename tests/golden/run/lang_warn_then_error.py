# Warnings found before a SyntaxError are still printed.
def f():
    try:
        pass
    finally:
        return 1
def g():
    x = 1
    global x
