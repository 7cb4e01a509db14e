# A class body inside a function: its comprehensions see the function's
# variables (free variables), before and after the comprehension.
def make(scale):
    offset = 100
    class K:
        before = scale
        vals = [scale * i + offset for i in range(3)]
        after = offset
        pairs = {i: scale for i in range(2)}
    return K

K = make(10)
print(K.before, K.vals, K.after, K.pairs)
