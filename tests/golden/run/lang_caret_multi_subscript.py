# Subscripts whose brackets are on different lines.
def split_index():
    y = [1, 2, 3]
    return (y
        [
            10
        ])

def tuple_key():
    d = {}
    z = d["key",
          "other"] + 1

def deep():
    if True:
            r = {"a": 1}[
        "b"]

try:
    split_index()
except IndexError:
    try:
        tuple_key()
    except KeyError:
        deep()
