def inner(d):
    return d["missing"]

def outer():
    return inner({"present": 1})

outer()
