# Annotations of local variables are never evaluated; those of
# parameters wait for __annotations__.
calls = []


def trace(name):
    calls.append(name)
    return name


def f(a: trace("param")) -> trace("return"):
    x: trace("local") = 1
    y: trace("local without value")
    return x


print(f(0), calls)
print(f.__annotations__, calls)
print(f.__annotations__, calls)


class K:
    attr: trace("class attr")


print(calls)
print(K.__annotations__, calls)
obj = K()
obj.field: trace("attribute target")
print(calls)
