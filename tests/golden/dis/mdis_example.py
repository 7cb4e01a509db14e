# run through `taipan -m dis` by the snapshot test
total = 0
for n in range(1, 4):
    total += n * n
print(total)


def greet(name):
    return f"hello {name}"
