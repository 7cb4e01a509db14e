# uncaught OverflowError traceback from float conversion
def convert(n):
    return float(n)
print(convert(10**300))
print(convert(10**308 * 10))
