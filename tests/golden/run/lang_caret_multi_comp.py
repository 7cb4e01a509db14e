# A failing comprehension and dict display across lines.
def comp():
    return [
        1 / x
        for x in (1, 0)
    ]

def display():
    key = []
    return {
        "a": 1,
        key: 2,
    }

try:
    comp()
except ZeroDivisionError:
    display()
