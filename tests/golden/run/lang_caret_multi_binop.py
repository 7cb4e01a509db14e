# A binary operation spread over several lines.
def parts():
    a = 1
    b = 0
    return (a
            /
            b)

def chain():
    v = (1 +
         2 +
         "s")

def short():
    return (1 +
            None)

try:
    parts()
except ZeroDivisionError:
    try:
        chain()
    except TypeError:
        short()
