# An error inside a comprehension in a function: the frame is the
# function's (no <listcomp> frame since PEP 709).
def convert(items):
    return [int(s) for s in items]

def outer():
    return {k: convert(v) for k, v in {"a": ["1", "x"]}.items()}

print(convert(["1", "2"]))
outer()
