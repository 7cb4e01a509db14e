def add(a, b):
    return a + b


x = add(5, 3)
print(x)
