def check(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x

def wrapper(x):
    try:
        return check(x)
    except ValueError:
        print("logging and re-raising")
        raise

wrapper(-5)
