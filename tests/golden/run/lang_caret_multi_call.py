# Tracebacks of calls whose arguments continue on following lines.
def boom(*args, **kwargs):
    raise ValueError("boom")

def assigned():
    x = boom(1,
             2)

def long_call():
    boom(
        1,
        2,
        3,
        4,
        5,
    )

def returned():
    return boom(
        1,
        2)

def nested_arg():
    print("a",
          boom(), "b")

try:
    assigned()
except ValueError:
    try:
        long_call()
    except ValueError:
        try:
            returned()
        except ValueError:
            nested_arg()
