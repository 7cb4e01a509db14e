a = {}
b = {1: 2, **c}
d = {**e}
f_ = {1, 2, *g}
h = {(1, 2): [3], "k": {"n": None}}
i = {x: y for x, y in z.items() if x if y}
j = {*k}
l = {m: n for m in o for n in p}
