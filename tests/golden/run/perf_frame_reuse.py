# Frames are reused between calls: nothing of one call may leak into the
# next (unbound locals stay unbound, stacks start empty).
def maybe(flag):
    if flag:
        value = "set"
    return value


print(maybe(True))
for i in range(3):
    try:
        print(maybe(False))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def accumulate(n):
    items = []
    for i in range(n):
        items.append(i * i)
    return items


print(accumulate(5), accumulate(0), accumulate(3))


def deleter(x):
    y = x
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)


print(deleter(1))
print(deleter(2))


def nested_calls(n):
    if n == 0:
        return [0]
    inner = nested_calls(n - 1)
    return inner + [n]


for k in range(4):
    print(nested_calls(k))
