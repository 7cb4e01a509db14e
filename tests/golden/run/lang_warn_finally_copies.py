# A finally body is compiled once per way out of the try; warnings come
# from each copy but the exceptional one.
def f(items):
    for i in items:
        try:
            if i == 1:
                return "returned"
            if i == 2:
                break
        finally:
            i is 10
    return "end"
print(f([1]), f([2]), f([3]))
